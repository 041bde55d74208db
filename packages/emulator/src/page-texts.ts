/**
 * The words of the Microsoft pages the emulator stands in for (sign-in, consent, "Need admin approval", errors,
 * signed out), and of the labels that say they are a demo, in each language Entra ID's pages are shown in here.
 * The emulator stands alone (no Lingui): a small table, translated by hand. `{name}` placeholders are filled by
 * `pageText`; every language has every key, with the same placeholders (page-texts.test.ts).
 *
 * Entra ID chooses its page language from `ui_locales` (the first tag of the space-separated list it supports,
 * matched by primary subtag), else from the browser's Accept-Language, else English: `choosePageLanguage`.
 */

export const PAGE_LANGUAGES = ['en', 'de', 'es', 'ja'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

const en = {
  'label.demo': 'Demo sign-in',
  'label.emulated': 'emulated Microsoft Entra ID',
  /** {label}: "Demo sign-in — emulated Microsoft Entra ID" */
  'banner.server': '{label}. Not a Microsoft page; no real account is used.',
  /** the in-browser demo page; {label}: "Demo sign-in", in bold */
  'banner.browser':
    "{label} — emulated Microsoft Entra ID running in your browser. This is not Microsoft's sign-in page and no password is asked for.",

  'pick.title': 'Pick an account',
  /** {app}: the application's name, in bold */
  'pick.continueTo': 'to continue to {app}',
  'pick.browserLead': "{app} asks you to sign in. Choose one of the demo's people:",
  'pick.signInAs': 'Sign in as {name}',
  'pick.noUsers': 'This scenario has no users.',

  'consent.title': 'Permissions requested',
  'consent.byPublisher': 'by {publisher}',
  /** {app}: the app's name (and publisher); {user}: the person's name; {account}: "(upn, directory)" */
  'consent.asks': '{app} asks {user} {account} for:',
  /** {app}: the app's name; {publisher}: " by …" or nothing; {user}, {upn}: who signs in */
  'consent.browserLead': '{app}{publisher} would like to, for {user} ({upn}):',
  'consent.forOrganization': 'Consent on behalf of your organization',
  'consent.accept': 'Accept',
  'consent.cancel': 'Cancel',
  'mfa.title': 'Verify your identity',
  /** {app}: the application's name */
  'mfa.lead': '{app} asks for a second factor: approve this sign-in as you would in Microsoft Authenticator.',
  /** {contexts}: authentication context ids, e.g. p1 or c1 */
  'mfa.contexts': 'Asked for by a policy (authentication context {contexts}).',
  'mfa.approve': 'Approve sign-in',
  'permission.offline_access': 'Keep access to data you have given it access to',
  'permission.user_impersonation': 'Access Azure Resource Manager as you',
  'permission.Read.Write': 'Read and write Azure Digital Twins data as you',
  'permission.User.Read': 'Sign you in and read your profile',

  'approval.titleWorkflow': 'Approval required',
  'approval.title': 'Need admin approval',
  'approval.message90094':
    '{app} needs permission to access resources in your organization that only an admin can grant. Ask an admin to grant permission to this app before you can use it.',
  'approval.message90093':
    '{app} asks for permissions you are not allowed to grant. An administrator can grant them for you.',
  'approval.sent':
    'Request sent. The administrators who review app requests will see it; you will be told when it is approved.',
  'approval.justification': 'Justification for requesting this app',
  'approval.request': 'Request approval',
  'approval.haveAdminAccount': 'Have an admin account?',
  'approval.otherAccount': 'Sign in with an admin account',
  'approval.return': 'Return to the application without granting consent',
  'approval.justificationEmpty': 'Enter a justification: the reviewers see it with your request.',
  'approval.justificationTooLong': 'Keep the justification under {max} characters.',

  'ids.errorCode': 'Error code',
  'ids.correlationId': 'Correlation ID',
  'ids.traceId': 'Trace ID',

  'error.notSignIn': 'This is not a sign-in request',
  'error.tenantNotFound': 'Tenant not found',
  'error.invalidRequest': 'Invalid request',
  'error.appNotFound': 'Application not found',
  'error.redirectMismatch': 'The redirect URI does not match',
  'error.userNotFound': 'User not found',
  'error.networkBlocked': 'Your network administrator has blocked access',
  'error.outboundBlocked': 'Your organization has restricted which organizations you can access',
  'error.inboundBlocked': '{organization} has restricted which organizations can access it',
  'error.deviceNotCompliant': "You can't get there from here",

  'redirect.title': 'Continue',
  'redirect.heading': 'Signing you in…',
  'redirect.continue': 'Continue to the application',

  'signedOut.title': 'Signed out',
  'signedOut.heading': 'You have signed out',
  'signedOut.close': 'Close this window.',
  'signedOut.closeUnregistered': 'Close this window (the address {address} is not registered for the app).',
  'signOutPick.title': 'Sign out',
  'signOutPick.heading': 'Pick an account to sign out',
  'signOutPick.choose': 'Sign out {name}',

  /** the in-browser demo page only: {product} is "Twin Onboarding" */
  'browser.noSignIn': 'No sign-in in progress',
  'browser.back': 'Back to {product}',
  'browser.failed': 'The demo sign-in failed: {reason}',
  'browser.returning': 'Returning to {product}…',
} as const;

export type PageTextKey = keyof typeof en;

export const PAGE_TEXTS: Record<PageLanguage, Record<PageTextKey, string>> = {
  en,
  de: {
    'label.demo': 'Demo-Anmeldung',
    'label.emulated': 'emuliertes Microsoft Entra ID',
    'banner.server': '{label}. Keine Microsoft-Seite; es wird kein echtes Konto verwendet.',
    'banner.browser':
      '{label} — emuliertes Microsoft Entra ID, das in Ihrem Browser läuft. Dies ist nicht die Anmeldeseite von Microsoft, und es wird kein Kennwort abgefragt.',
    'pick.title': 'Konto auswählen',
    'pick.continueTo': 'um mit {app} fortzufahren',
    'pick.browserLead': '{app} bittet Sie, sich anzumelden. Wählen Sie eine der Personen der Demo aus:',
    'pick.signInAs': 'Als {name} anmelden',
    'pick.noUsers': 'Dieses Szenario hat keine Benutzer.',
    'consent.title': 'Angeforderte Berechtigungen',
    'consent.byPublisher': 'von {publisher}',
    'consent.asks': '{app} bittet {user} {account} um Folgendes:',
    'consent.browserLead': '{app}{publisher} möchte für {user} ({upn}) Folgendes tun:',
    'consent.forOrganization': 'Im Namen Ihrer Organisation zustimmen',
    'consent.accept': 'Akzeptieren',
    'consent.cancel': 'Abbrechen',
    'mfa.title': 'Identität bestätigen',
    'mfa.lead': '{app} verlangt einen zweiten Faktor: Genehmigen Sie diese Anmeldung wie in Microsoft Authenticator.',
    'mfa.contexts': 'Von einer Richtlinie verlangt (Authentifizierungskontext {contexts}).',
    'mfa.approve': 'Anmeldung genehmigen',
    'permission.offline_access': 'Zugriff auf Daten beibehalten, für die Sie Zugriff erteilt haben',
    'permission.user_impersonation': 'In Ihrem Namen auf Azure Resource Manager zugreifen',
    'permission.Read.Write': 'In Ihrem Namen Azure Digital Twins-Daten lesen und schreiben',
    'permission.User.Read': 'Sie anmelden und Ihr Profil lesen',
    'approval.titleWorkflow': 'Genehmigung erforderlich',
    'approval.title': 'Administratorgenehmigung erforderlich',
    'approval.message90094':
      '{app} benötigt die Berechtigung für den Zugriff auf Ressourcen in Ihrer Organisation, die nur ein Administrator erteilen kann. Bitten Sie einen Administrator, dieser App die Berechtigung zu erteilen, bevor Sie sie verwenden können.',
    'approval.message90093':
      '{app} fordert Berechtigungen an, die Sie nicht erteilen dürfen. Ein Administrator kann sie für Sie erteilen.',
    'approval.sent':
      'Anforderung gesendet. Die Administratoren, die App-Anforderungen prüfen, sehen sie; Sie werden benachrichtigt, sobald sie genehmigt ist.',
    'approval.justification': 'Begründung für die Anforderung dieser App',
    'approval.request': 'Genehmigung anfordern',
    'approval.haveAdminAccount': 'Haben Sie ein Administratorkonto?',
    'approval.otherAccount': 'Mit einem Administratorkonto anmelden',
    'approval.return': 'Ohne Zustimmung zur Anwendung zurückkehren',
    'approval.justificationEmpty': 'Geben Sie eine Begründung ein: Die Prüfer sehen sie mit Ihrer Anforderung.',
    'approval.justificationTooLong': 'Die Begründung darf höchstens {max} Zeichen lang sein.',
    'ids.errorCode': 'Fehlercode',
    'ids.correlationId': 'Korrelations-ID',
    'ids.traceId': 'Ablaufverfolgungs-ID',
    'error.notSignIn': 'Dies ist keine Anmeldeanforderung',
    'error.tenantNotFound': 'Mandant nicht gefunden',
    'error.invalidRequest': 'Ungültige Anforderung',
    'error.appNotFound': 'Anwendung nicht gefunden',
    'error.redirectMismatch': 'Der Umleitungs-URI stimmt nicht überein',
    'error.userNotFound': 'Benutzer nicht gefunden',
    'error.networkBlocked': 'Ihr Netzwerkadministrator hat den Zugriff blockiert',
    'error.outboundBlocked': 'Ihre Organisation hat eingeschränkt, auf welche Organisationen Sie zugreifen können',
    'error.inboundBlocked': '{organization} hat eingeschränkt, welche Organisationen darauf zugreifen können',
    'error.deviceNotCompliant': 'Von hier aus haben Sie keinen Zugriff',
    'redirect.title': 'Weiter',
    'redirect.heading': 'Sie werden angemeldet…',
    'redirect.continue': 'Weiter zur Anwendung',
    'signedOut.title': 'Abgemeldet',
    'signedOut.heading': 'Sie haben sich abgemeldet',
    'signedOut.close': 'Schließen Sie dieses Fenster.',
    'signedOut.closeUnregistered':
      'Schließen Sie dieses Fenster (die Adresse {address} ist für die App nicht registriert).',
    'signOutPick.title': 'Abmelden',
    'signOutPick.heading': 'Wählen Sie das Konto aus, das abgemeldet werden soll',
    'signOutPick.choose': '{name} abmelden',
    'browser.noSignIn': 'Keine Anmeldung im Gange',
    'browser.back': 'Zurück zu {product}',
    'browser.failed': 'Die Demo-Anmeldung ist fehlgeschlagen: {reason}',
    'browser.returning': 'Zurück zu {product}…',
  },
  es: {
    'label.demo': 'Inicio de sesión de demostración',
    'label.emulated': 'Microsoft Entra ID emulado',
    'banner.server': '{label}. No es una página de Microsoft; no se usa ninguna cuenta real.',
    'banner.browser':
      '{label} — Microsoft Entra ID emulado que se ejecuta en su explorador. Esta no es la página de inicio de sesión de Microsoft y no se pide ninguna contraseña.',
    'pick.title': 'Elegir una cuenta',
    'pick.continueTo': 'para continuar a {app}',
    'pick.browserLead': '{app} le pide que inicie sesión. Elija una de las personas de la demostración:',
    'pick.signInAs': 'Iniciar sesión como {name}',
    'pick.noUsers': 'Este escenario no tiene usuarios.',
    'consent.title': 'Permisos solicitados',
    'consent.byPublisher': 'de {publisher}',
    'consent.asks': '{app} solicita a {user} {account} lo siguiente:',
    'consent.browserLead': '{app}{publisher} quiere, en nombre de {user} ({upn}):',
    'consent.forOrganization': 'Consentimiento en nombre de su organización',
    'consent.accept': 'Aceptar',
    'consent.cancel': 'Cancelar',
    'mfa.title': 'Verifique su identidad',
    'mfa.lead': '{app} pide un segundo factor: apruebe este inicio de sesión como lo haría en Microsoft Authenticator.',
    'mfa.contexts': 'Lo pide una directiva (contexto de autenticación {contexts}).',
    'mfa.approve': 'Aprobar inicio de sesión',
    'permission.offline_access': 'Mantener el acceso a los datos a los que le ha concedido acceso',
    'permission.user_impersonation': 'Acceder a Azure Resource Manager en su nombre',
    'permission.Read.Write': 'Leer y escribir datos de Azure Digital Twins en su nombre',
    'permission.User.Read': 'Iniciar sesión y leer su perfil',
    'approval.titleWorkflow': 'Aprobación necesaria',
    'approval.title': 'Se necesita la aprobación del administrador',
    'approval.message90094':
      '{app} necesita permiso para acceder a recursos de su organización que solo un administrador puede conceder. Pida a un administrador que conceda permiso a esta aplicación antes de usarla.',
    'approval.message90093':
      '{app} solicita permisos que usted no puede conceder. Un administrador puede concederlos por usted.',
    'approval.sent':
      'Solicitud enviada. Los administradores que revisan las solicitudes de aplicaciones la verán; se le avisará cuando se apruebe.',
    'approval.justification': 'Justificación para solicitar esta aplicación',
    'approval.request': 'Solicitar aprobación',
    'approval.haveAdminAccount': '¿Tiene una cuenta de administrador?',
    'approval.otherAccount': 'Iniciar sesión con una cuenta de administrador',
    'approval.return': 'Volver a la aplicación sin conceder el consentimiento',
    'approval.justificationEmpty': 'Escriba una justificación: los revisores la verán junto con su solicitud.',
    'approval.justificationTooLong': 'La justificación no puede superar los {max} caracteres.',
    'ids.errorCode': 'Código de error',
    'ids.correlationId': 'Id. de correlación',
    'ids.traceId': 'Id. de seguimiento',
    'error.notSignIn': 'Esta no es una solicitud de inicio de sesión',
    'error.tenantNotFound': 'No se encontró el inquilino',
    'error.invalidRequest': 'Solicitud no válida',
    'error.appNotFound': 'No se encontró la aplicación',
    'error.redirectMismatch': 'El URI de redirección no coincide',
    'error.userNotFound': 'No se encontró el usuario',
    'error.networkBlocked': 'El administrador de red ha bloqueado el acceso',
    'error.outboundBlocked': 'Su organización ha restringido a qué organizaciones puede acceder',
    'error.inboundBlocked': '{organization} ha restringido qué organizaciones pueden acceder a ella',
    'error.deviceNotCompliant': 'No puede acceder desde aquí',
    'redirect.title': 'Continuar',
    'redirect.heading': 'Iniciando sesión…',
    'redirect.continue': 'Continuar a la aplicación',
    'signedOut.title': 'Sesión cerrada',
    'signedOut.heading': 'Ha cerrado la sesión',
    'signedOut.close': 'Cierre esta ventana.',
    'signedOut.closeUnregistered':
      'Cierre esta ventana (la dirección {address} no está registrada para la aplicación).',
    'signOutPick.title': 'Cerrar sesión',
    'signOutPick.heading': 'Elija la cuenta cuya sesión quiere cerrar',
    'signOutPick.choose': 'Cerrar la sesión de {name}',
    'browser.noSignIn': 'No hay ningún inicio de sesión en curso',
    'browser.back': 'Volver a {product}',
    'browser.failed': 'Error en el inicio de sesión de demostración: {reason}',
    'browser.returning': 'Volviendo a {product}…',
  },
  ja: {
    'label.demo': 'デモ サインイン',
    'label.emulated': 'エミュレートされた Microsoft Entra ID',
    'banner.server': '{label}。Microsoft のページではありません。実際のアカウントは使用されません。',
    'banner.browser':
      '{label} — ブラウザー内で動作する、エミュレートされた Microsoft Entra ID です。これは Microsoft のサインイン ページではなく、パスワードは求められません。',
    'pick.title': 'アカウントを選択する',
    'pick.continueTo': '{app} に進む',
    'pick.browserLead': '{app} がサインインを求めています。デモのユーザーから 1 人を選んでください:',
    'pick.signInAs': '{name} としてサインイン',
    'pick.noUsers': 'このシナリオにはユーザーがいません。',
    'consent.title': '要求されているアクセス許可',
    'consent.byPublisher': '発行元: {publisher}',
    'consent.asks': '{app} が {user} {account} に次のアクセス許可を求めています:',
    'consent.browserLead': '{app}{publisher} が {user} ({upn}) として次のことを求めています:',
    'consent.forOrganization': '組織の代理として同意する',
    'consent.accept': '承諾',
    'consent.cancel': 'キャンセル',
    'mfa.title': '本人確認',
    'mfa.lead':
      '{app} が 2 つ目の要素を求めています。Microsoft Authenticator と同じようにこのサインインを承認してください。',
    'mfa.contexts': 'ポリシーにより要求されています (認証コンテキスト {contexts})。',
    'mfa.approve': 'サインインを承認',
    'permission.offline_access': 'アクセスを許可したデータへのアクセスを維持する',
    'permission.user_impersonation': 'ユーザーとして Azure Resource Manager にアクセスする',
    'permission.Read.Write': 'ユーザーとして Azure Digital Twins のデータを読み書きする',
    'permission.User.Read': 'サインインとユーザー プロファイルの読み取り',
    'approval.titleWorkflow': '承認が必要です',
    'approval.title': '管理者の承認が必要',
    'approval.message90094':
      '{app} には、組織内のリソースにアクセスするためのアクセス許可が必要ですが、これを付与できるのは管理者だけです。このアプリを使用する前に、管理者にアクセス許可の付与を依頼してください。',
    'approval.message90093': '{app} は、あなたが付与できないアクセス許可を求めています。管理者が代わりに付与できます。',
    'approval.sent': '要求を送信しました。アプリの要求を確認する管理者に表示されます。承認されると通知が届きます。',
    'approval.justification': 'このアプリを要求する理由',
    'approval.request': '承認を要求する',
    'approval.haveAdminAccount': '管理者アカウントをお持ちですか?',
    'approval.otherAccount': '管理者アカウントでサインインする',
    'approval.return': '同意せずにアプリケーションに戻る',
    'approval.justificationEmpty': '理由を入力してください。レビュー担当者は要求と一緒にこれを確認します。',
    'approval.justificationTooLong': '理由は {max} 文字以内で入力してください。',
    'ids.errorCode': 'エラー コード',
    'ids.correlationId': '相関 ID',
    'ids.traceId': 'トレース ID',
    'error.notSignIn': 'これはサインイン要求ではありません',
    'error.tenantNotFound': 'テナントが見つかりません',
    'error.invalidRequest': '無効な要求',
    'error.appNotFound': 'アプリケーションが見つかりません',
    'error.redirectMismatch': 'リダイレクト URI が一致しません',
    'error.userNotFound': 'ユーザーが見つかりません',
    'error.networkBlocked': 'ネットワーク管理者によってアクセスがブロックされました',
    'error.outboundBlocked': 'お客様の組織は、アクセスできる組織を制限しています',
    'error.inboundBlocked': '{organization} は、アクセスできる組織を制限しています',
    'error.deviceNotCompliant': 'ここからはアクセスできません',
    'redirect.title': '続行',
    'redirect.heading': 'サインインしています…',
    'redirect.continue': 'アプリケーションに進む',
    'signedOut.title': 'サインアウトしました',
    'signedOut.heading': 'サインアウトしました',
    'signedOut.close': 'このウィンドウを閉じてください。',
    'signedOut.closeUnregistered':
      'このウィンドウを閉じてください (アドレス {address} はこのアプリに登録されていません)。',
    'signOutPick.title': 'サインアウト',
    'signOutPick.heading': 'サインアウトするアカウントを選んでください',
    'signOutPick.choose': '{name} をサインアウト',
    'browser.noSignIn': '進行中のサインインはありません',
    'browser.back': '{product} に戻る',
    'browser.failed': 'デモ サインインに失敗しました: {reason}',
    'browser.returning': '{product} に戻っています…',
  },
};

/** The placeholders of a text, in order: `'{app} asks {user}'` → `['app', 'user']`. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/**
 * A text cut at its placeholders, each filled with its value: strings stay strings, and a value may be anything
 * (an element in React, escaped markup in the server page), so a sentence keeps its word order in every language.
 */
export function pageTextParts<T>(
  lang: PageLanguage,
  key: PageTextKey,
  values: Record<string, T> = {},
): Array<string | T> {
  const parts: Array<string | T> = [];
  PAGE_TEXTS[lang][key].split(/(\{\w+\})/).forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece) parts.push(piece);
      return;
    }
    const name = piece.slice(1, -1);
    parts.push(Object.hasOwn(values, name) ? values[name]! : piece);
  });
  return parts;
}

/** A text in a language, its `{placeholders}` filled. */
export function pageText(lang: PageLanguage, key: PageTextKey, values: Record<string, string | number> = {}): string {
  return pageTextParts(lang, key, values).join('');
}

/** The page language a BCP 47 tag asks for, by its primary subtag (`ja-JP` → `ja`), if the pages have it. */
export function pageLanguageOf(tag: string): PageLanguage | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return PAGE_LANGUAGES.find((l) => l === primary);
}

/** An Accept-Language header's tags, most preferred first (`q=0` left out). */
function acceptLanguageTags(header: string): string[] {
  return header
    .split(',')
    .map((item, index) => {
      const [tag = '', ...params] = item.split(';').map((s) => s.trim());
      const q = params.find((p) => p.toLowerCase().startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((t) => t.tag && t.tag !== '*' && t.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((t) => t.tag);
}

/**
 * The language of Entra ID's pages: the first tag of `ui_locales` (space-separated) it has, else the first of the
 * browser's Accept-Language it has, else English.
 */
export function choosePageLanguage(uiLocales: string | null | undefined, acceptLanguage?: string | null): PageLanguage {
  const asked = (uiLocales ?? '').split(/\s+/).filter(Boolean);
  for (const tag of asked) {
    const lang = pageLanguageOf(tag);
    if (lang) return lang;
  }
  for (const tag of acceptLanguageTags(acceptLanguage ?? '')) {
    const lang = pageLanguageOf(tag);
    if (lang) return lang;
  }
  return 'en';
}

/** The page language for a sign-in or sign-out URL: its `ui_locales`, then the browser's. */
export function pageLanguageForUrl(url: string | URL | null | undefined, acceptLanguage?: string | null): PageLanguage {
  let uiLocales: string | null = null;
  try {
    if (url) uiLocales = new URL(url).searchParams.get('ui_locales');
  } catch {
    uiLocales = null;
  }
  return choosePageLanguage(uiLocales, acceptLanguage);
}

/** "Demo sign-in — emulated Microsoft Entra ID", in a language. */
export function demoLabel(lang: PageLanguage): string {
  return `${pageText(lang, 'label.demo')} — ${pageText(lang, 'label.emulated')}`;
}
