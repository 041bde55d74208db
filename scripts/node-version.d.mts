export declare const REQUIRED_MAJOR: number;
export declare function nodeVersionProblem(version: string): string | null;
export declare function assertNodeVersion(version?: string): void;
