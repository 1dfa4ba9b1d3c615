"""Secrets round 20 (session 23, issue 4): keys, tokens and secrets named in Japanese, Chinese and
Korean prose; keys and tokens named for what they index, page through or deduplicate ("the primary
key is order_id_...") that stay clean; newer providers' tokens; more CLI and prose password forms.
Values are made up for these tests."""

from __future__ import annotations

import pytest
from secret_scan import secret_spans as _spans

from promptguard import Guard
from promptguard.recognizers.secret_validators import prose_secret

KEY = "Zt4wQ9mLx2Rv7Kp3Nb8c"
PW = "Hn6%rTq2Wz8e"


@pytest.mark.parametrize(
    "template",
    [
        # Japanese: は / が / colon (full-width too), 「」 quotes, the value then a particle.
        "本番環境のAPIキーは{v}です。ローカルでは動きます",
        "アクセストークンが {v} になっているのに401になります",
        "シークレットキー：『{v}』",
        "このトークン {v} で叩くと403が返る",
        # Chinese: 是 / 为 / full-width colon, simplified and traditional.
        "测试环境的密钥为 {v}，正式环境的还没申请",
        "刷新令牌是“{v}”",
        "我的存取權杖：{v}",
        "私钥是 {v}",
        # Korean: topic and subject particles, colon.
        "운영 서버 API 키가 {v} 인데 왜 401이 뜨죠?",
        "시크릿은 {v}이고 리전은 서울입니다",
        "인증 토큰: {v}",
        # An English name in CJK prose with a full-width colon or a Korean particle.
        "这是我的 token：{v}",
        "client secret은 {v} 입니다",
    ],
)
def test_cjk_named_keys_and_tokens(guard: Guard, template: str) -> None:
    assert _spans(guard, template.format(v=KEY)) == [KEY]


@pytest.mark.parametrize(
    "text",
    [
        # Database, cache and pagination keys and tokens with random-looking values.
        "the primary key is invoice_id_Qm3Lx8Zt2W",
        "Our sort key was tenant-42-Rk7Wq2Zx; is that why the query scans?",
        "my composite key is shop_item_9fQ2xLm7",
        "The dedupe key is 9vTq2LmX8rZk4WnB3cY for both webhook deliveries",
        "the next page token is Cg5Lm2XqR8vTz4WnB7cY9dF1",
        "The pagination token was eyJvZmZzZXQiOjEwMH0x, the API ignores it",
        "the request token is span-7Qx2Lm9Tz in the trace",
        "la clé primaire est commande_id_Kx8vQ2mL",
        "la chiave primaria è ordine_id_Kx8vQ2mL",
        "主キーは user_id_Kx8vQ2mL9p です",
        "外部キーは customer_id_Kx8vQ2mL です",
        "次ページトークンは Cg5Lm2XqR8vTz4WnB7cY です",
        "主键是 order_id_Kx8vQ2mL9p，外键是 customer_id",
        "分页令牌是 Cg5Lm2XqR8vTz4WnB7cY",
        "기본 키는 order_id_Kx8vQ2mL9p 입니다",
        "페이지 토큰은 Cg5Lm2XqR8vTz4WnB7cY 입니다",
        # Build and cache ids named "token" / "key": words and a short random tail.
        "the token is release-2026-12-01-Qx7Lm2 from the nightly pipeline",
        "the key was deploy-cache-v3-Tz8Wq2Lm",
        # Sentences about a key or token with no value.
        "APIキーは環境変数に入れてください",
        "密钥是必填项",
        "토큰이 만료되었습니다",
        "トークン数は 8192 です",
    ],
)
def test_indexing_keys_and_prose_about_keys_stay_clean(guard: Guard, text: str) -> None:
    assert not _spans(guard, text)


def test_a_key_named_with_a_use_is_still_found(guard: Guard) -> None:
    # The qualifier is a provider or a use, not a database word: still a credential.
    assert _spans(guard, f"the primary OpenAI key is {KEY}") == [KEY]
    assert _spans(guard, f"the production api key was {KEY}") == [KEY]


def test_slug_with_a_random_tail_is_not_a_prose_secret() -> None:
    assert prose_secret("order_id_Kx8vQ2mL9pRt") is False
    assert prose_secret("build-cache-Xk29mQv7") is False
    assert prose_secret("release-2026-12-01-Qx7Lm2") is False
    # A short prefix or a long random body is how issued tokens look.
    assert prose_secret("sk_live_Zt4wQ9mLx2Rv7Kp3Nb8cTq2W") is not False
    assert prose_secret("acme_prod_Zt4wQ9mLx2Rv7Kp3Nb8cTq") is not False


@pytest.mark.parametrize(
    "template",
    [
        "数据库口令为 {v}",
        "DB 비번: {v}",
        "서버 패스워드는 {v} 입니다",
        "ログインパスワードが {v} に変わりました",
        "Fjalëkalimi: {v}",
        "Contrasinal: {v}",
        "Пароль: {v}",
        "Κωδικός WiFi: {v}",
        "net use Y: \\\\nas01\\backup {v} /user:HOME\\ops",
        "wpa_passphrase CafeGuest {v}",
    ],
)
def test_more_password_forms(guard: Guard, template: str) -> None:
    assert _spans(guard, template.format(v=PW)) == [PW]


@pytest.mark.parametrize(
    "token",
    [
        "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",
        "bkua_4e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b",
        "csk-p2x8v4k9m3t7q1w6e5r0y8u2i4o6a9s3d7f1g5h0j2k4l6z8",
        "sk-lf-7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
        "access-production-7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
        "9d2c1b0a-8f7e-4d6c-b5a4-3f2e1d0c9b8a:fx",
    ],
)
def test_newer_provider_tokens_in_a_log_line(guard: Guard, token: str) -> None:
    assert _spans(guard, f"2026-12-01T10:02:11Z WARN retrying with {token} after 401") == [token]
