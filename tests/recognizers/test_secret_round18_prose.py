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
