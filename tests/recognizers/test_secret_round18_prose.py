"""Secrets round 18 (session 21, issue 4): passwords told in prose with "changed to", "is now", "use
<name> <value>", "use <value> as the password" and in quotes, in more languages, next to the sentences
about a password (policies, where it is kept, that it changed) that stay clean. Values are made up for
these tests."""

from __future__ import annotations

import pytest
from secret_scan import secret_spans as _spans

from promptguard import Guard
from promptguard.recognizers.secret_validators import prose_password

PW = "Vx5^nQe8Lt2r"


@pytest.mark.parametrize(
    "template",
    [
        "le mot de passe du serveur est désormais {v}",
        "J'ai changé le mot de passe de l'admin en « {v} ».",
        "la password del database è stata modificata in {v}",
        "Ho cambiato la password del NAS in {v}.",
        "Het wachtwoord van de database wordt {v}",
        "het wachtwoord is aangepast naar '{v}'.",
        "gebruik wachtwoord {v} voor de demo",
        "Kata sandi VPN sudah diubah menjadi {v}",
        'kata sandinya sekarang "{v}"',
        "password-nya {v}, jangan dibagikan",
        "Ich habe das Kennwort auf {v} gesetzt",
        "cambié la contraseña del router a {v}",
        "mudei a senha do e-mail para {v}",
        "hasło zostało zmienione na {v}.",
        "lösenordet ändrades till {v}",
        "heslo bylo změněno na {v}",
        "mật khẩu mới đã đổi thành {v}",
        "parola a fost schimbată în {v}",
        "パスワードを{v}に変更しました",
        "数据库密码已经改成 {v}",
        "비밀번호를 {v}로 변경했어요",
        "şifreyi {v} yaptım",
        'пароль: "{v}"',
        "I picked {v} as the new password",
        # "now", bare "use <name> <value>", quoted: Russian, Turkish, Arabic, Hebrew, Hindi, Thai, Greek,
        # Persian, Japanese, Chinese, Korean, Swedish, Czech, Romanian, Vietnamese, Spanish
        "возьми пароль «{v}» для стенда",
        "yeni şifre '{v}'",
        "كلمة السر الآن {v}",
        "הסיסמה לשרת עכשיו {v}",
        "सर्वर का पासवर्ड अब {v} है",
        "ใช้รหัสผ่าน {v} เข้าระบบ",
        "ο κωδικός του router είναι πλέον {v}",
        "رمز عبور سرور به {v} تغییر کرد",
        "管理画面のパスワードは今 {v} です",
        "服务器密码现在是 {v}",
        "관리자 비밀번호는 이제 {v}입니다",
        "använd lösenordet {v} för demo",
        "heslo k serveru je teď {v}",
        "folosește parola {v} la login",
        "dùng mật khẩu {v} nhé",
        'prueba con la contraseña "{v}"',
    ],
)
def test_changed_to_and_quoted_passwords(guard: Guard, template: str) -> None:
    assert _spans(guard, template.format(v=PW)) == [PW]


@pytest.mark.parametrize(
    "text",
    [
        "le mot de passe a été changé en urgence",
        "le mot de passe à usage unique expire vite",
        "La password è stata cambiata in seguito all'audit.",
        "het wachtwoord is veranderd naar aanleiding van het incident",
        "het wachtwoord wordt bewaard in Vault",
        "wachtwoord in KeePassXC-2.7 bewaard",
        "kata sandi diubah menjadi lebih panjang",
        "kata sandi saya lupa",
        "hasło zostało zmienione na nowe",
        "lösenordet ändrades till ett längre",
        "heslo na Wi-Fi-5GHz je na krabici",
        "cambié la contraseña a una más larga",
        "mudei a senha para a padrão",
        "Das Kennwort wurde auf Werkseinstellung gesetzt",
        "パスワードを変更しました",
        "密码已改为强密码",
        "비밀번호를 잊어버렸어요",
        "the password is stored in Vault",
        "the password is the one on the sticky note",
        "password is required",
        "Passwords must have 12 characters, a digit and a symbol (e.g. !@#).",
        "use the password manager as the password source",
        "använd lösenordet från Vault",
        "χρησιμοποίησε τον κωδικό σου",
        "كلمة المرور الآن مطلوبة",
        "密码现在是必填的",
        "비밀번호는 이제 필수입니다",
        "пароль «по умолчанию» не подходит",
        'yeni şifre "123456"',
    ],
)
def test_prose_about_a_password_stays_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


def test_versioned_names_are_not_passwords() -> None:
    assert prose_password("KeePassXC-2.7") is False
    assert prose_password("Wi-Fi-5GHz") is False
    assert prose_password("papier-v2") is False
    assert prose_password("Cedar-Lantern-77") is not False  # words and a number: a passphrase


# ------------------------------------------------------------------ session 22
@pytest.mark.parametrize(
    "template",
    [
        # The name a sentence (or a chat line) before the verb that sets the value.
        "The staging DB password expired yesterday. I set it to {v}, can you update the secret?",
        "Heads up: the router password was reset by IT. They changed it to {v} this morning.",
        "Our VPN password got rotated. It's now {v}",
        "[09:12] ana: was the okta admin password reset?\n[09:13] ben: yes, it's now {v}",
        "the db password was rotated. new one: {v}",
        "Das WLAN-Passwort war abgelaufen. Ich habe es auf {v} gesetzt.",
        "Das Passwort war abgelaufen, jetzt ist es {v}.",
        "Le mot de passe de la box a expiré. Je l'ai changé en {v}.",
        "La contraseña del wifi caducó. La cambié a {v}.",
        "A senha do banco expirou, então eu alterei para {v}.",
        "La password del NAS era scaduta, l'ho impostata a {v}.",
        "Het wachtwoord was verlopen, dus ik heb het op {v} gezet.",
        "Hasło do bazy wygasło, ustawiłem je na {v}.",
        "Heslo k Jenkinsu vypršelo, změnil jsem ho na {v}.",
        "Lösenordet till wifi gick ut, jag ändrade det till {v}.",
        "Adgangskoden er ændret til {v}",
        "Salasana vanheni, vaihdoin sen: {v}",
        "Parola pentru serverul de test a fost setată la {v}",
        "am setat parola la {v}",
        "Lozinka za VPN je istekla, promijenio sam je u {v}.",
        "Пароль от базы истёк, я поменял его на {v}.",
        "Password VPN kedaluwarsa, sudah saya ganti jadi {v} ya.",
        "Mật khẩu wifi hết hạn rồi, mình đã đổi thành {v} nhé.",
        "Ο κωδικός του router έληξε, τον άλλαξα σε {v}.",
        "הסיסמה של הראוטר פגה, שיניתי אותה ל-{v}.",
        "密码过期了，我把它改成了 {v}",
        # The value before the verb (Turkish, Japanese, Korean, Hindi, Persian).
        "şifre olarak {v} kullan",
        "Şifre süresi doldu, {v} olarak değiştirdim.",
        "パスワードとして {v} を使ってください",
        "パスワードの期限が切れたので、{v} に変更しました。",
        "{v} をパスワードに設定しました",
        "비밀번호로 {v} 를 사용하세요",
        "비밀번호가 만료되어서 {v}로 바꿨어요.",
        "पासवर्ड के रूप में {v} इस्तेमाल करें",
        "पासवर्ड एक्सपायर हो गया था, मैंने इसे {v} कर दिया है।",
        "رمز عبور را {v} گذاشتم",
        # Quotation marks of other languages.
        "password: «{v}»",
        "Passwort: „{v}“",
        "パスワード：「{v}」",
        "lösenord: ”{v}”",
        "the password is “{v}”",
    ],
)
def test_set_it_to_value_before_verb_and_quotation_marks(guard: Guard, template: str) -> None:
    assert _spans(guard, template.format(v=PW)) == [PW]


@pytest.mark.parametrize(
    "text",
    [
        "The password minimum length is 8. I set it to 12 in the policy.",
        "Password hashing used bcrypt; we changed it to Argon2id last year.",
        "The password column was VARCHAR(50), I changed it to VARCHAR(255).",
        "Our password manager was LastPass. We switched it to 1Password8 for the team.",
        "The password policy was weak. It's now NIST-800-63B compliant.",
        "The password hash algorithm in Keycloak: set it to pbkdf2-sha512 with 27500 iterations",
        "Wi-Fi password: set it to WPA3-Personal in the router UI",
        "the wifi password is WPA3-Personal",
        "The password env var name changed. It's now APP_DB_PASSWORD_V2.",
        "The Wi-Fi password changed last week. I set it to ******** in the kiosk config too.",
        "Your password expired. It's now time to pick a new one.",
        "Das Passwort ist abgelaufen, ich habe es auf den Standardwert gesetzt.",
        "Parola pentru contul de deploy a fost setată la valoarea din Vault.",
        "Lütfen şifre olarak doğum tarihinizi kullanmayın.",
        "şifre olarak SHA256 hash kullanılıyor",
        "पासवर्ड के रूप में OTP-123456 इस्तेमाल करें",
        "パスワードとして 12 文字以上の英数字を設定してください。",
        "비밀번호로 생일을 사용하지 마세요.",
        "le mot de passe : « à demander à l'équipe infra »",
    ],
)
def test_talk_about_setting_a_password_stays_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


def test_standards_and_column_types_are_not_passwords() -> None:
    for value in ("WPA3-Personal", "NIST-800-63B", "OTP-123456", "pbkdf2-sha512", "VARCHAR(255"):
        assert prose_password(value) is False, value
    for value in ("Raven-Walnut-41", "Kx9-mQ2vL7!", "Q7RK-2MZP-LW99"):
        assert prose_password(value) is not False, value
