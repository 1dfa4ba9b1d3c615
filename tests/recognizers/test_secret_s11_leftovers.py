"""Leftovers of the secrets red team (session 11): values cut at the first bracket or quote (prose
passwords, config lines with spaces around "=", YAML, ``docker run -e``), Redis ACL passwords,
Basic-auth calls with a variable user name and header values built by string concatenation.
Values are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import pytest

from promptguard import Guard

# A typed password with brackets: everything after "(" was left in clear text.
PW = "Kq7#vRm2(Lp)x9"
TOKEN = "Xk9mQ2vL8pR4tZ7wN1yB6cD3fG5hJ0aS"


@cache
def _guard() -> Guard:
    return Guard.from_config("secrets-only")


def _spans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _guard().scan(text).findings]


# ------------------------------------------------------------------ 1. prose passwords run to the space
@pytest.mark.parametrize(
    "text",
    [
        f"contraseña es {PW}",
        f"Mi contraseña del servidor es {PW}. Gracias",
        f"la contraseña es {PW}, el usuario es root",
        f"usa la contraseña {PW} para entrar",
        f"Das Passwort lautet {PW}, bitte nicht weitergeben",
        f"das Kennwort ist {PW}",
        f"le mot de passe de la base est {PW} mais ça ne marche pas",
        f"mot de passe : {PW}",
        f"la password del router è {PW}",
        f"A senha do banco é {PW}, o usuário é app",
        f"パスワードは{PW}です",
        f"login admin pw is {PW}",
        f"my password is {PW}.",
        f"the password for the db is {PW}",
        f"(my password is {PW})",
        "la contraseña es Kq7#vRm2'Lp'x9 y el usuario es root",
        "Das Passwort lautet Hx4$kPz9[Wq]7x",
        "le mdp est Wd3@nLq7{Rv}x2!",
    ],
)
def test_a_prose_password_is_covered_to_the_space(text: str, uncovered: Callable[[str, str], str]) -> None:
    value = next(v for v in (PW, "Kq7#vRm2'Lp'x9", "Hx4$kPz9[Wq]7x", "Wd3@nLq7{Rv}x2!") if v in text)
    assert uncovered(text, value) == "", text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Sentence punctuation and closing brackets after the value are not part of it.
        ("Mi contraseña del servidor es Kq7#vRm2Lp. Gracias", "Kq7#vRm2Lp"),
        ('la contraseña es "Kq7#vRm2Lp", el usuario es root', "Kq7#vRm2Lp"),
        ("(la contraseña es Kq7#vRm2Lp)", "Kq7#vRm2Lp"),
        ("Das Passwort lautet Hx4$kPz9Wq, bitte", "Hx4$kPz9Wq"),
    ],
)
def test_trailing_punctuation_is_not_the_password(text: str, value: str) -> None:
    assert value in _spans(text), text


@pytest.mark.parametrize(
    "text",
    [
        "la password è salvata in Vault (secret/data/prod/db)",
        "mot de passe : <votre-mot-de-passe>",
        "Set the password $(openssl rand -base64 32) in the vault",
        "la contraseña es (ver el gestor de contraseñas)",
        "Das Passwort ist [REDACTED] im Log",
        "my password is {{ vault_db_password }}",
    ],
)
def test_prose_without_a_password_stays_clean(text: str) -> None:
    assert _spans(text) == [], text


# ------------------------------------------------------------------ 4. config values with brackets
@pytest.mark.parametrize(
    "text",
    [
        f"DB_PASSWORD = {PW}\nDB_HOST = db.internal",
        f"db:\n  password: {PW}\n  host: db.internal",
        f"docker run -d -e POSTGRES_PASSWORD={PW} -p 5432:5432 postgres:16",
        f"docker run --env POSTGRES_PASSWORD={PW} postgres:16",
        f"password: {PW}",
        "SECRET_KEY = to6!wm-)i(^z*k9$q1v@p8x#e2r",
        "db:\n  password: Summer(2024)x\n",
    ],
)
def test_a_config_value_with_brackets_is_covered_whole(text: str, uncovered: Callable[[str, str], str]) -> None:
    value = next(v for v in (PW, "to6!wm-)i(^z*k9$q1v@p8x#e2r", "Summer(2024)x") if v in text)
    assert uncovered(text, value) == "", text


@pytest.mark.parametrize(
    "text",
    [
        "token = get_token()",
        "password = getpass.getpass()",
        "secret = settings.SECRETS['api']",
        "api_key: os.environ['API_KEY']",
        "password: Optional[str] = None",
        "passwords := map[string]string{}",
        "token := make([]byte, 32)",
        "auth_token = request.headers.get('X-Token')",
        "const secret = crypto.randomBytes(32).toString('hex')",
        "docker run -e DB_PASSWORD=$(cat /run/secrets/db) postgres",
        "password: ${{ secrets.DB_PASSWORD }}",
        # A keyword argument on its own line reads like a .env line ("NAME=value" at the line start).
        "    password=getpass.getpass(prompt='Password: ')",
        "token=tokens[idx+1]",
        "    api_secret=cfg.secrets[name],",
    ],
)
def test_code_with_brackets_stays_clean(text: str) -> None:
    assert _spans(text) == [], text


# ------------------------------------------------------------------ 2. Redis ACL passwords
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ACL SETUSER alice on >s3cr3tPa55 ~* +@all", "s3cr3tPa55"),
        ("redis-cli ACL SETUSER deploy on '>Zt5wQn8Xc4' '~cache:*' +get +set", "Zt5wQn8Xc4"),
        ("# users.acl\nuser default on >Vb6jRk3Nq2w ~* &* +@all\nuser worker off nopass", "Vb6jRk3Nq2w"),
        ("user app on resetpass >Hx4kPz9Wq7 ~app:* +@read +@write", "Hx4kPz9Wq7"),
        ("await client.aclSetUser('reporter', ['on', '>Gm8tYe2Ks5', '~report:*', '+get'])", "Gm8tYe2Ks5"),
    ],
)
def test_redis_acl_passwords(text: str, value: str) -> None:
    assert value in _spans(text), text


@pytest.mark.parametrize(
    "text",
    [
        "user worker on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~jobs:* +@list",
        "ACL SETUSER alice on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~* +@all",
        "user alice on nopass ~* +@all",
        "ACL SETUSER alice on >${REDIS_ALICE_PASSWORD} ~* +@all",
        "ACL SETUSER alice on ><password> ~* +@all",
        "ACL SETUSER alice on >password ~* +@all",
        "if user > limit on the page, show more",
    ],
)
def test_redis_acl_hashes_and_placeholders_are_not_passwords(text: str) -> None:
    assert _spans(text) == [], text


# ------------------------------------------------------------------ 3. Basic auth with a variable user
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('req.SetBasicAuth(cfg.User, "Wq7#nZ2kLp9x")', "Wq7#nZ2kLp9x"),
        ("req.SetBasicAuth(username, `Wq7#nZ2kLp9x`)", "Wq7#nZ2kLp9x"),
        ('headers.setBasicAuth(props.getUser(), "mK4!vT8qRz2P");', "mK4!vT8qRz2P"),
        ("requests.get(url, auth=(user, 'Vq8#kLm2pX'))", "Vq8#kLm2pX"),
        ("session.auth = HTTPBasicAuth(os.environ['API_USER'], 'nR4!zT9wQe')", "nR4!zT9wQe"),
        ('String credential = Credentials.basic(user, "xT7pQ2mZk9Lw");', "xT7pQ2mZk9Lw"),
    ],
)
def test_basic_auth_with_a_variable_user(text: str, value: str) -> None:
    assert value in _spans(text), text


@pytest.mark.parametrize(
    "text",
    [
        "req.SetBasicAuth(cfg.User, cfg.Password)",
        'req.SetBasicAuth(user, "password")',
        'req.SetBasicAuth(user, "<your-password>")',
        "requests.get(url, auth=(user, os.environ['PW']))",
    ],
)
def test_basic_auth_without_a_literal_password(text: str) -> None:
    assert _spans(text) == [], text


# ------------------------------------------------------------------ 5. headers built by concatenation
@pytest.mark.parametrize(
    "text",
    [
        f"$headers[] = 'Authorization: Bearer ' . '{TOKEN}';",
        f'$headers[] = "Authorization: Bearer " . "{TOKEN}";',
        f"$h = ['X-Api-Key: ' . '{TOKEN}'];",
        f"'headers' => ['Authorization' => 'Token ' . '{TOKEN}'],",
        f'headers.put("Authorization", "Bearer " + "{TOKEN}");',
        f'String h = "X-Auth-Token: " + "{TOKEN}";',
        f'url = base + "?api_key=" + "{TOKEN}"',
    ],
)
def test_a_concatenated_literal_is_found(text: str, uncovered: Callable[[str, str], str]) -> None:
    assert uncovered(text, TOKEN) == "", text


@pytest.mark.parametrize(
    "text",
    [
        "$headers[] = 'Authorization: Bearer ' . $token;",
        '$headers[] = "Authorization: Bearer " . getenv("API_TOKEN");',
        'headers.put("Authorization", "Bearer " + token);',
        "$h = ['X-Api-Key: ' . $config['api_key']];",
        'log.info("token: " + "expired");',
        'url = "https://acme.io/login?password=" + pw + "&user=" + user',
    ],
)
def test_a_concatenated_variable_is_not_a_value(text: str) -> None:
    assert _spans(text) == [], text


# ------------------------------------------------------------------ 4b. other stops inside .env / YAML values
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("DB_PASSWORD=Kq7;vRm2Lpx9", "Kq7;vRm2Lpx9"),
        ("export DB_PASSWORD=Kq7<vRm2>Lpx9", "Kq7<vRm2>Lpx9"),
        ("API_KEY=Xk9mQ2vL8pR4,tZ7wN1yB6cD3fG5hJ0aS", "Xk9mQ2vL8pR4,tZ7wN1yB6cD3fG5hJ0aS"),
        ("db:\n  password: Kq7,vRm2Lpx9\n  host: db", "Kq7,vRm2Lpx9"),
        ("docker run -e DB_PASSWORD=Kq7;vRm2Lpx9 postgres", "Kq7;vRm2Lpx9"),
    ],
)
def test_a_config_value_runs_over_separators(text: str, value: str, uncovered: Callable[[str, str], str]) -> None:
    assert uncovered(text, value) == "", text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("my password is Kq7#vRm2(Lp)x9, thanks", PW),
        ("password: Kq7#vRm2(Lp)x9; next", PW),
        ("{password: Kq7#vRm2(Lp)x9, user: x}", PW),
        ("export DB_PASSWORD=Kq7vRm2Lpx9; npm start", "Kq7vRm2Lpx9"),
        ("Password=Kq7vRm2Lpx9;Database=shop;Server=db01", "Kq7vRm2Lpx9"),
    ],
)
def test_separators_after_a_value_are_not_part_of_it(text: str, value: str) -> None:
    assert value in _spans(text), (text, _spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "PASSWORD_RULES=min:8;max:64",
        "ALLOWED_TOKENS=abc,def",
        "API_KEYS=${KEY_A},${KEY_B}",
        "  auth: basic,digest",
        "  secret: Map<String,String>",
        "  - AUTH_PROVIDERS=google,github",
        "SECRET_KEY_FALLBACKS=old1;old2",
        "  password: string;",
    ],
)
def test_lists_in_config_values_are_not_secrets(text: str) -> None:
    assert _spans(text) == [], text


# ------------------------------------------------------------------ 6. more code and command-line forms
# (own probes written after the leftovers: setters, key / value calls, English "password ... to",
# passwords piped into a login, archive and encryption passwords, Oracle connect strings)
PW2 = "Kq7#vRm2Lpx9"


@pytest.mark.parametrize(
    "text",
    [
        f'ds.setPassword("{PW2}");',
        f"user.set_password('{PW2}')",
        f'DataSourceBuilder.create().username("app").password("{PW2}").build();',
        f'builder.setPassword("{PW2}".toCharArray())',
        f'keyring.set_password("smtp", "app", "{PW2}")',
        f'props.setProperty("password", "{PW2}");',
        f'props.put("mail.smtp.password", "{PW2}");',
        f'System.setProperty("javax.net.ssl.trustStorePassword", "{PW2}");',
        f"form.append('password', '{PW2}')",
        f"I changed the password to {PW2} yesterday",
        f"reset the admin password to {PW2}",
        f"VNC password set to {PW2}",
        f"the wifi password is now {PW2}",
        f'password was changed to "{PW2}"',
        f"echo '{PW2}' | docker login -u ci --password-stdin registry.acme.io",
        f'echo "{PW2}" | sudo -S apt-get update',
        f"echo 'deploy:{PW2}' | sudo chpasswd",
        f"zip -P {PW2} backup.zip db.sql",
        f"unzip -P '{PW2}' backup.zip",
        f"7z a -p{PW2} -mhe=on backup.7z db.sql",
        f"openssl enc -aes-256-cbc -salt -k {PW2} -in db.sql -out db.sql.enc",
        f"gpg --batch --passphrase '{PW2}' -d secrets.gpg",
        f"sqlplus system/{PW2}@//db01:1521/ORCL",
        f"expdp hr/{PW2}@orcl directory=dp schemas=hr",
        f"mysql -uroot -p'{PW2}' shop",
    ],
)
def test_more_code_and_command_line_passwords(text: str, uncovered: Callable[[str, str], str]) -> None:
    assert uncovered(text, PW2) == "", (text, _spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "ds.setPassword(password);",
        'user.set_password("password")',
        'builder.password(System.getenv("DB_PASSWORD"))',
        'props.setProperty("passwordPolicy", "Strong#Policy1");',
        'props.put("password_reset_url", "https://acme.io/reset?x=Kq7")',
        'props.setProperty("password", System.getenv("PW"));',
        "I changed the password to something stronger",
        "password to access the server is in the vault",
        "reset the password to the default",
        "echo $DB_PASSWORD | docker login -u ci --password-stdin",
        "cat ~/pw.txt | docker login -u ci --password-stdin",
        "echo 'done' | tee log.txt",
        "zip -r backup.zip db.sql",
        "7z a -t7z backup.7z db.sql",
        "openssl enc -aes-256-cbc -k $PASS -in a -out b",
        "gpg --batch --passphrase-file pass.txt -d secrets.gpg",
        "sqlplus / as sysdba",
        "sqlplus system/$ORACLE_PWD@orcl",
        "mysql -u root -p'$DB_PASS' shop",
    ],
)
def test_more_code_and_command_line_negatives(text: str) -> None:
    assert _spans(text) == [], text


# ------------------------------------------------------------------ 7. forms of blind round 8 (own values)
@pytest.mark.parametrize(
    ("text", "value"),
    [
        # T-SQL Unicode literal
        ("CREATE LOGIN etl WITH PASSWORD = N'Rt5kLm9Qz-wPx2', CHECK_POLICY = OFF;", "Rt5kLm9Qz-wPx2"),
        ("ALTER LOGIN sa WITH PASSWORD=N'Rt5kLm9Qz-wPx2'", "Rt5kLm9Qz-wPx2"),
        # httpie, MQTT clients, kickstart
        ("http -a admin:Rt5kLm9Qz.wPx2 POST https://ci.acme.lan/job/x", "Rt5kLm9Qz.wPx2"),
        ("https --auth deploy:Rt5kLm9Qz.wPx2 GET api.acme.io/v1/me", "Rt5kLm9Qz.wPx2"),
        ("mosquitto_pub -h mqtt.lan -u sensor -P 'Rt5kLm9QzwPx2' -t a/b -m 1", "Rt5kLm9QzwPx2"),
        ("lang en_US.UTF-8\nrootpw --plaintext Rt5kLm9QzwPx2\nreboot", "Rt5kLm9QzwPx2"),
        ("rootpw Rt5kLm9QzwPx2", "Rt5kLm9QzwPx2"),
        # Windows unattend: the name is the parent element
        ("<AdministratorPassword>\n    <Value>Rt5kLm9QzwPx2</Value>\n    <PlainText>true</PlainText>", "Rt5kLm9QzwPx2"),
        ("<AutoLogon><Password><Value>Rt5kLm9QzwPx2</Value></Password></AutoLogon>", "Rt5kLm9QzwPx2"),
        # chat
        ("ssh ops@bastion, root pw was changed to tR5kLm9QzwPx2 last Friday", "tR5kLm9QzwPx2"),
        ("staging creds: user qa-lead / pass Rt5kLm9QzwP -- thanks", "Rt5kLm9QzwP"),
        ("社内Wikiのパスワード tR5kLm9QzwPx2 を共有したい", "tR5kLm9QzwPx2"),
        ("AccessKey Secret 是 Rt5kLm9QzwPx2Vb8Nc4Yt6Hs3Jd，Endpoint 用的是 oss", "Rt5kLm9QzwPx2Vb8Nc4Yt6Hs3Jd"),
        # positional credential calls
        ('conn.simple_bind_s("CN=svc,OU=Service,DC=corp", "Rt5!kLm9QzwP")', "Rt5!kLm9QzwP"),
        ("ldap_bind($ds, 'cn=admin,dc=corp', 'Rt5!kLm9QzwP');", "Rt5!kLm9QzwP"),
        ("ftp_login($conn, 'acme_feed', 'Rt5kLm9QzwP@');", "Rt5kLm9QzwP@"),
        (
            'TwilioClient.Init("AC0123456789abcdef0123456789abcdef", "9f8e7d6c5b4a39281706f5e4d3c2b1a0");',
            "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        ),
        (
            'client = Client("AC0123456789abcdef0123456789abcdef", "9f8e7d6c5b4a39281706f5e4d3c2b1a0")',
            "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        ),
        (
            'new AccessToken(\n  "AC0123456789abcdef0123456789abcdef",\n'
            '  "SK0123456789abcdef0123456789abcdef",\n  "Vb8Nc4Yt6Hs3JdRt5kLm9QzwPx2Gf7Aa",\n  {identity})',
            "Vb8Nc4Yt6Hs3JdRt5kLm9QzwPx2Gf7Aa",
        ),
        # the header name after the value (Swift URLRequest)
        ('request.setValue("Vb8Nc4Yt6Hs3JdRt5kLm9Qzw", forHTTPHeaderField: "X-Api-Key")', "Vb8Nc4Yt6Hs3JdRt5kLm9Qzw"),
        ('req.addValue("Vb8Nc4Yt6Hs3JdRt5kLm9Qzw", forHTTPHeaderField: "X-Auth-Token")', "Vb8Nc4Yt6Hs3JdRt5kLm9Qzw"),
    ],
)
def test_round8_forms(text: str, value: str, uncovered: Callable[[str, str], str]) -> None:
    assert uncovered(text, value) == "", (text, _spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "CREATE LOGIN etl WITH PASSWORD = N'<strong password>'",
        "http -a admin POST https://ci.acme.lan/job/x",
        "mosquitto_sub -h mqtt.lan -p 8883 -t a/b",
        "rootpw --lock",
        "<AdministratorPassword>\n    <Value></Value>\n",
        "<Value>true</Value>",
        "the pw was changed to something longer",
        "user qa-lead / pass through the proxy",
        "パスワード を忘れた場合はこちら",
        "conn.simple_bind_s(dn, password)",
        "ftp_login($conn, $user, $pass);",
        'request.setValue("application/json", forHTTPHeaderField: "Content-Type")',
        'request.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")',
        '$cred = Get-Credential -UserName "CORP\\svc_reports" -Message "Enter"',
        "$secret = Get-Secret -Name ApiKey -AsPlainText",
        'DATABASE_URL="mysql://app:!ChangeMe!@127.0.0.1:3306/app?serverVersion=8.0"',
    ],
)
def test_round8_negatives(text: str) -> None:
    assert _spans(text) == [], text


# ------------------------------------------------------------------ 8. key material known by its file or format
SOLANA = "[" + ", ".join(str((i * 97 + 13) % 256) for i in range(64)) + "]"
OVPN = (
    "-----BEGIN OpenVPN Static key V1-----\n"
    + "\n".join("".join(f"{(i * 31 + j * 7) % 256:02x}" for j in range(16)) for i in range(16))
    + "\n-----END OpenVPN Static key V1-----"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "$ cat config/master.key\n5b8e2f0a9c7d4e1b3a6f8c2d0e9b7a41\n$ bin/rails s",
            "5b8e2f0a9c7d4e1b3a6f8c2d0e9b7a41",
        ),
        ("cat config/credentials/production.key\n5b8e2f0a9c7d4e1b3a6f8c2d0e9b7a41", "5b8e2f0a9c7d4e1b3a6f8c2d0e9b7a41"),
        (
            "curl 'https://admin.acme.io/x' \\\n"
            "  -b '_shop_admin_session=Vb8Nc4Yt6Hs3JdRt5kLm9QzwPx2Gf7Aa-Kq7vRm2Lpx9TzQ%2Bw8E'",
            "Vb8Nc4Yt6Hs3JdRt5kLm9QzwPx2Gf7Aa-Kq7vRm2Lpx9TzQ%2Bw8E",
        ),
        (f"client\ndev tun\n<tls-crypt>\n{OVPN}\n</tls-crypt>", OVPN),
        (
            '{"kty": "EC", "crv": "P-256", "x": "Qu8TWS47vMQpu0iZJxc0",'
            ' "d": "Vb8Nc4Yt6Hs3JdRt5kLm9QzwPx2Gf7Aa-Kq7vRm2Lp"}',
            "Vb8Nc4Yt6Hs3JdRt5kLm9QzwPx2Gf7Aa-Kq7vRm2Lp",
        ),
        (
            '{"d": "Vb8Nc4Yt6Hs3JdRt5kLm9QzwPx2Gf7Aa-Kq7vRm2Lp", "crv": "Ed25519", "kty": "OKP", "x": "Qu8TWS47"}',
            "Vb8Nc4Yt6Hs3JdRt5kLm9QzwPx2Gf7Aa-Kq7vRm2Lp",
        ),
        (f"I created ~/.config/solana/id.json from the export:\n\n{SOLANA}", SOLANA[1:-1]),
    ],
)
def test_key_material_known_by_its_file_or_format(text: str, value: str, uncovered: Callable[[str, str], str]) -> None:
    assert uncovered(text, value) == "", (text, _spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "$ cat config/master.key\ncat: config/master.key: No such file or directory",
        "curl -b '_shop_session=abc' https://acme.io",
        '{"kty": "EC", "crv": "P-256", "x": "Qu8TWS47vMQpu0iZJxc0AAoTRfibgXPAoCU-py36hWQ",'
        ' "y": "IUWlp5sarZ6BCI85J44ZW3Ch2"}',
        "weights = [" + ", ".join(str(i % 7) for i in range(64)) + "]",
        "I still log in with admin/admin?",
    ],
)
def test_key_material_negatives(text: str) -> None:
    assert _spans(text) == [], text
