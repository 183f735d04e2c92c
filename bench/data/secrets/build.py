# ruff: noqa: RUF001  (the corpus is multilingual on purpose)
"""Writes secrets.jsonl and innocent.jsonl: the redaction corpus (run: python -m bench.data.secrets.build).

Every key below is fake: made here from a seeded random generator in the issuer's published shape, or a
vendor's documented example value. Each secret line names the substrings that must not survive redaction.
"""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

HERE = Path(__file__).parent
rng = random.Random(20261204)
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"


def r(n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def iban(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(digits) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for d in string.digits:
        n = body + d
        total = sum(
            (int(c) * 2 - 9 if int(c) * 2 > 9 else int(c) * 2) if i % 2 else int(c) for i, c in enumerate(reversed(n))
        )
        if total % 10 == 0:
            return n
    raise AssertionError


def jwt() -> str:
    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ" + r(40, URLSAFE) + "." + r(43, URLSAFE)


def spaced(card: str) -> str:
    return " ".join(card[i : i + 4] for i in range(0, len(card), 4))


S: list[tuple[str, str, list[str]]] = []  # family, text, must vanish


def s(family: str, text: str, *secrets: str) -> None:
    S.append((family, text, list(secrets)))


# -- passwords announced by a word, English ------------------------------------------------------------------
for text, secret in [
    ("The password for my laptop is Summer2024!", "Summer2024!"),
    ("pw: Tr1cky$Pass", "Tr1cky$Pass"),
    ("My password is hunter2, I love jazz.", "hunter2"),
    ("my gmail password is Bluebird#77", "Bluebird#77"),
    ("wifi password: sunflower-glass-42", "sunflower-glass-42"),
    ("The wifi password at my parents' place is 'Tulip garden 9'", "Tulip garden 9"),
    ("password = letmein123", "letmein123"),
    ("my new password is now Qz!8vR2#", "Qz!8vR2#"),
    ("Netflix login: ana@example.com / pass: Movies4ever", "Movies4ever"),
    ("The password to the office router was admin1234", "admin1234"),
    ("my pwd is ch33se&wine", "ch33se&wine"),
    ("PWD=Orange_Sky_19", "Orange_Sky_19"),
    ("password hunter2 works on the staging box", "hunter2"),
    ("my password's easy to remember, it is purplemonkey", "purplemonkey"),
    ("Password: Kx9#mPq2!zL", "Kx9#mPq2!zL"),
    ("our shared drive passcode is 8812-7730", "8812-7730"),
    ("The password of my bank account is Gr@nite99", "Gr@nite99"),
    ('Remember: the password is "blue whale 77"', "blue whale 77"),
    ("login for my work VPN is ana.k / password Corp!2025", "Corp!2025"),
    ("Passwords: email is Zebra2020, bank is Falcon#11", "Zebra2020"),
    ("DB_PASSWORD=s3cr3t-Pa55w0rd", "s3cr3t-Pa55w0rd"),
    ('{"username": "ana", "password": "mango-Lassi-3"}', "mango-Lassi-3"),
    ("The password for the family iPad is dolphin", "dolphin"),
]:
    s("password_en", text, secret)

# -- passwords in other languages ----------------------------------------------------------------------------
for text, secret in [
    ("mein Passwort ist geheim123", "geheim123"),
    ("Das Kennwort für den Router lautet Brezel!2023", "Brezel!2023"),
    ("Mon mot de passe est soleil2024", "soleil2024"),
    ("le mot de passe du wifi : Croissant77", "Croissant77"),
    ("Mi contraseña es Perro_Gato_5", "Perro_Gato_5"),
    ("la contraseña del correo es Playa2022", "Playa2022"),
    ("Minha senha é Saudade#10", "Saudade#10"),
    ("a senha do banco é 778899ab", "778899ab"),
    ("Mijn wachtwoord is Fiets2021!", "Fiets2021!"),
    ("Mitt lösenord är Kanelbulle8", "Kanelbulle8"),
    ("passordet mitt: Fjord!2024", "Fjord!2024"),
    ("Min adgangskode er Hygge4321", "Hygge4321"),
    ("Salasana on Sauna_2020", "Sauna_2020"),
    ("Moje hasło to Pierogi77!", "Pierogi77!"),
    ("Moje heslo je Knedlik55", "Knedlik55"),
    ("A jelszavam: jelszó: Gulyas2024", "Gulyas2024"),
    ("Şifrem: Istanbul34!", "Istanbul34!"),
    ("мой пароль — qwerty123", "qwerty123"),
    ("пароль от почты: Medved2024", "Medved2024"),
    ("Ο κωδικός μου είναι: Olympos#12", "Olympos#12"),
    ("我的密码是abc12345", "abc12345"),
    ("wifi密码：dragon888", "dragon888"),
    ("パスワードはsakura2024です", "sakura2024"),
    ("제 비밀번호는 kimchi2024입니다", "kimchi2024"),
    ("كلمة المرور هي Sahara2024", "Sahara2024"),
    ("הסיסמה שלי היא Shalom2024", "Shalom2024"),
    ("मेरा पासवर्ड Mumbai@123 है", "Mumbai@123"),
    ("Mật khẩu là Saigon2024", "Saigon2024"),
    ("kata sandi: Jakarta#88", "Jakarta#88"),
    ("La password del wifi è Pizza2024", "Pizza2024"),
]:
    s("password_i18n", text, secret)

# -- passphrases and recovery phrases ------------------------------------------------------------------------
for text, secret in [
    ("my passphrase is correct horse battery staple", "correct horse battery staple"),
    ("The passphrase for my GPG key is purple elephant dancing slowly.", "purple elephant dancing slowly"),
    (
        "seed phrase: abandon ability able about above absent absorb abstract absurd abuse access accident",
        "abandon ability able about above absent",
    ),
    ("My wallet recovery phrase is lunar cotton ripple mango fever oxygen", "lunar cotton ripple mango"),
    ("pass phrase = tall trees whisper at dawn", "tall trees whisper at dawn"),
    ("Mnemonic: zoo wrist ocean velvet harbor kiwi", "zoo wrist ocean velvet"),
]:
    s("passphrase", text, secret)

# -- PINs and codes ------------------------------------------------------------------------------------------
for text, secret in [
    ("Bank PIN is 4321", "4321"),
    ("my debit card PIN: 0852", "0852"),
    ("The door code for the building is 4512#", "4512"),
    ("gate code 7 7 3 1", "7 7 3 1"),
    ("the alarm code is 0000-1234", "0000-1234"),
    ("The combination to my locker is 12-34-56", "12-34-56"),
    ("Meine Geheimzahl ist 9173", "9173"),
    ("phone PIN code = 246810", "246810"),
    ("the garage code is 55631", "55631"),
    ("my 2FA backup code: 8842 1907", "8842 1907"),
    ("SIM PIN is 1357", "1357"),
]:
    s("pin_code", text, secret)

# -- provider keys -------------------------------------------------------------------------------------------
keys = [
    ("AWS access key id AKIA" + r(16, string.ascii_uppercase + string.digits), None),
    ("ghp_" + r(36), "github"),
    ("github_pat_" + r(22) + "_" + r(59), "github"),
    ("gho_" + r(36), "github"),
    ("glpat-" + r(20, URLSAFE), "gitlab"),
    ("xoxb-" + r(12, string.digits) + "-" + r(13, string.digits) + "-" + r(24), "slack"),
    ("xoxp-" + r(11, string.digits) + "-" + r(12, string.digits) + "-" + r(32, HEX), "slack"),
    ("sk_live_" + r(24), "stripe"),
    ("rk_test_" + r(24), "stripe"),
    ("whsec_" + r(32), "stripe"),
    ("sk-proj-" + r(48, URLSAFE), "openai"),
    ("sk-" + r(48), "openai"),
    ("sk-ant-api03-" + r(93, URLSAFE) + "AA", "anthropic"),
    ("AIza" + r(35, URLSAFE), "google"),
    ("GOCSPX-" + r(28, URLSAFE), "google"),
    ("ya29." + r(60, URLSAFE), "google"),
    ("SK" + r(32, HEX), "twilio"),
    ("SG." + r(22, URLSAFE) + "." + r(43, URLSAFE), "sendgrid"),
    ("key-" + r(32, HEX), "mailgun"),
    ("npm_" + r(36), "npm"),
    ("pypi-AgEIcHlwaS5vcmc" + r(60, URLSAFE), "pypi"),
    ("hf_" + r(34), "huggingface"),
    (r(10, string.digits) + ":AA" + r(33, URLSAFE), "telegram"),
    ("shpat_" + r(32, HEX), "shopify"),
    ("dop_v1_" + r(64, HEX), "digitalocean"),
    ("tk_" + r(43, URLSAFE), "tacit"),
]
templates = [
    "here is my key {k} don't share it",
    "use {k} for the deploy",
    "token {k}",
    "I pasted {k} into the config yesterday",
    "set it to {k} please",
]
for i, (value, _) in enumerate(keys):
    if value.startswith("AWS"):
        k = value.split()[-1]
        s("provider_key", f"{value} is in the prod account", k)
        continue
    s("provider_key", templates[i % len(templates)].format(k=value), value)

aws_id = "AKIA" + r(16, string.ascii_uppercase + string.digits)
aws_secret = r(40, B64)
while not (
    any(c.isupper() for c in aws_secret)
    and any(c.islower() for c in aws_secret)
    and any(c.isdigit() for c in aws_secret)
):
    aws_secret = r(40, B64)
s("aws_secret", f"aws_secret_access_key = {aws_secret}", aws_secret)
s("aws_secret", f"AWS creds: {aws_id} {aws_secret}", aws_id, aws_secret)
s("aws_secret", f"key id {aws_id}\nsecret {aws_secret}", aws_id, aws_secret)
s(
    "aws_secret",
    "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
)
aws_secret2 = r(40, B64)
s("aws_secret", f"my aws secret is {aws_secret2}", aws_secret2)
s("aws_secret", f'export AWS_SECRET_ACCESS_KEY="{aws_secret2}"', aws_secret2)
azure = r(86, B64) + "=="
s(
    "provider_key",
    f"DefaultEndpointsProtocol=https;AccountName=tacitdev;AccountKey={azure};EndpointSuffix=core.windows.net",
    azure,
)

# -- JWTs, private keys, connection strings, headers, random tokens -------------------------------------------

for text in ["my session jwt {j}", "Authorization: Bearer {j}", "id_token={j}", "{j}"]:
    j = jwt()
    s("jwt", text.format(j=j), j)

for kind in ["RSA ", "OPENSSH ", "EC ", ""]:
    body = "\n".join(r(64, B64) for _ in range(4))
    s("private_key", f"-----BEGIN {kind}PRIVATE KEY-----\n{body}\n-----END {kind}PRIVATE KEY-----", body.split("\n")[0])
body = r(64, B64)
s("private_key", f"my key starts like this: -----BEGIN PRIVATE KEY----- {body}", body)

for text, secret in [
    ("postgres://app:Sup3rS3cret!@db.internal:5432/prod", "Sup3rS3cret!"),
    ("DATABASE_URL=mysql://root:toor2024@localhost/shop", "toor2024"),
    ("mongodb+srv://ana:Mong0Pass@cluster0.example.mongodb.net/test", "Mong0Pass"),
    ("redis://default:r3d1sK3y@cache:6379/0", "r3d1sK3y"),
    ("amqp://guest:Rabb1tHole@mq.local:5672", "Rabb1tHole"),
    ("Server=tcp:sql.example.net;Database=crm;User Id=sa;Password=Winter#2025;", "Winter#2025"),
    ("https://deploy:Gh7tQ2pLx9@git.example.com/repo.git", "Gh7tQ2pLx9"),
]:
    s("connection_string", text, secret)

for template in [
    "Authorization: Basic {b}",
    "curl -H 'Authorization: token {t}' https://api.example.com",
    "use bearer {t} for the staging API",
]:
    b, t = r(28, B64) + "==", r(40, URLSAFE)
    value = b if "{b}" in template else t
    s("auth_header", template.format(b=b, t=t), value)

for template in [
    "here's the API key for the weather service: {v}",
    "webhook secret {v}",
    "the signing key is {v}, keep it safe",
    "client secret -> {v}",
    "Datadog api key {h}",
    "the secret token for the CI runner: {v}",
    "mein API-Schlüssel: {v}",
    "ключ API: {v}",
    "Stripe secret {v} (old account)",
    "my OpenRouter API key {v}",
]:
    v, h = r(40, URLSAFE), r(32, HEX)
    s("entropy", template.format(v=v, h=h), h if "{h}" in template else v)

# -- cards, card details, IBANs, national ids ------------------------------------------------------------------
for prefix, length, style in [
    ("4", 16, "spaced"),
    ("51", 16, "plain"),
    ("37", 15, "plain"),
    ("6011", 16, "dashed"),
    ("35", 16, "spaced"),
    ("4", 13, "plain"),
    ("2221", 16, "spaced"),
    ("4", 16, "dashed"),
]:
    card = luhn_complete(prefix, length)
    shown = (
        spaced(card)
        if style == "spaced"
        else card
        if style == "plain"
        else "-".join(card[i : i + 4] for i in range(0, len(card), 4))
    )
    s("card", f"my card number is {shown}", shown)
s("card", "card 4111 1111 1111 1111 exp 12/29", "4111 1111 1111 1111", "12/29")
s("card_details", "exp 09/27 cvv 123", "09/27", "123")
s("card_details", "Visa ending 4242, expiry 11/2028, CVC: 987", "11/2028", "987")
s("card_details", "the security code on my card is 4471", "4471")
s("card_details", "Kreditkarte gültig bis 03/29, Prüfnummer 552", "03/29", "552")
s("card_details", "CVV2 = 318", "318")
s("card_details", "card expires 06/26 and the cvv is 044", "06/26", "044")
for country, bban, template in [
    ("DE", "370400440532013000", "my IBAN is {i}"),
    ("GB", "WEST12345698765432", "pay to {i} please"),
    ("FR", "20041010050500013M02606", "IBAN: {i}"),
    ("NL", "ABNA0417164300", "Rekeningnummer {i}"),
    ("ES", "21000418450200051332", "mi IBAN es {i}"),
    ("CH", "00762011623852957", "salary goes to {i}"),
]:
    value = iban(country, bban)
    s("iban", template.format(i=value), value)
compact = iban("IT", "X0542811101000000123456").replace(" ", "")
s("iban", f"iban={compact}", compact)
for text, secret in [
    ("my SSN is 078-05-1120", "078-05-1120"),
    ("SSN 219 09 9999", "219 09 9999"),
    ("social security number: 536221234", "536221234"),
    ("her social security # is 401-12-8876", "401-12-8876"),
    ("NI number AB 12 34 56 C", "AB 12 34 56 C"),
]:
    s("national_id", text, secret)
# -- mixed, written after the detectors (not tuned on) ---------------------------------------------------------
for family, text, secret in [
    ("password_en", "btw the router admin password is still Admin@12345", "Admin@12345"),
    ("password_en", "new pw is Wint3r-is-c0ming, old one was Spring2024", "Wint3r-is-c0ming"),
    ("password_en", "Use password: 'P@ssw0rd!' for the test account", "P@ssw0rd!"),
    ("password_en", "user ana.k password Tango-Delta-55", "Tango-Delta-55"),
    ("password_en", "the password for netflix = couchpotato99", "couchpotato99"),
    ("password_en", "My password is hunter2.", "hunter2"),
    ("password_i18n", "Passwort für das WLAN: Sonnenblume77", "Sonnenblume77"),
    ("password_i18n", "la contraseña es gatito123", "gatito123"),
    ("password_i18n", "mot de passe du compte: Baguette#5", "Baguette#5"),
    ("password_i18n", "пароль: Zima2025!", "Zima2025!"),
    ("pin_code", "my pin number is 9021", "9021"),
    ("pin_code", "keypad code 3344*", "3344"),
    ("provider_key", "OPENAI_API_KEY=sk-proj-" + (k1 := r(40, URLSAFE)), k1),
    ("provider_key", 'ANTHROPIC_API_KEY="sk-ant-api03-' + (k2 := r(80, URLSAFE)) + '"', k2),
    ("entropy", "the token for the home assistant API is " + (k3 := r(48, URLSAFE)), k3),
    ("entropy", "Here's my Notion secret: secret_" + (k4 := r(43)), k4),
    ("jwt", "cookie session=" + (k5 := jwt()), k5),
    ("connection_string", "psql postgresql://ana:kT9!vq2Lw@10.0.0.5/app", "kT9!vq2Lw"),
    ("card", "charge it to 5555 5555 5555 4444 please", "5555 5555 5555 4444"),
    ("iban", "Überweisung an " + (k6 := iban("AT", "1904300234573201")), k6),
    ("national_id", "SSN: 512-34-8890", "512-34-8890"),
]:
    s(family, text, secret)
s("card_details", "card exp: 1/28, cvc 771", "1/28", "771")

# -- innocent look-alikes --------------------------------------------------------------------------------------
INNOCENT: list[tuple[str, str]] = []


def i(kind: str, *texts: str) -> None:
    INNOCENT.extend((kind, t) for t in texts)


i(
    "password_talk",
    "I forgot my password again, ugh",
    "I forgot my password yesterday",
    "password reset link expired before I clicked it",
    "What's the wifi password?",
    "The password is case-sensitive, remember that",
    "my password is too short according to the site",
    "Use a password manager like Bitwarden",
    "Password must be at least 12 characters",
    "My password is 12 characters long",
    "I hate password rules that need a symbol",
    "I changed my password last week",
    "The password field doesn't accept emoji",
    "my password is wrong apparently",
    "Passwort vergessen, schon wieder",
    "J'ai oublié mon mot de passe",
    "Olvidé mi contraseña otra vez",
    "Esqueci minha senha",
    "Я забыл пароль",
    "我忘记密码了",
    "the passphrase is too long to remember",
    "Do you store passwords in plain text?",
    "My password expired, it is required to change it every 90 days",
    "password protected PDFs annoy me",
    "two-factor codes arrive by SMS for me",
)
i(
    "token_secret_key",
    "the token economy is fascinating",
    "The secret to good bread is time",
    "the secret ingredient is cumin",
    "The key is 4 cups of flour",
    "my api key is in the vault",
    "API key rotation is scheduled for next month",
    "session tokens expire after 30 minutes",
    "max_tokens=4096",
    "Use GPT-4 with 128k tokens",
    "the token is valid for one hour",
    "Keep it secret, keep it safe",
    "I keep my secrets in 1Password",
    "the key to my heart is chocolate",
    "token count is 128000",
    "credentials are in the usual place",
    "the access token expires in 3600 seconds",
    "Don't paste API keys into chat",
    "secret santa budget is 25 dollars",
)
i(
    "pin_pass_code",
    "pin the tab",
    "my PIN pad is broken",
    "Pin 3 of the chip is ground",
    "pass me the salt",
    "boarding pass: gate B12",
    "a season pass costs 450 euros",
    "The area code is 415",
    "zip code 94110",
    "promo code SAVE20 at checkout",
    "the dress code is smart casual",
    "my confirmation code is QX7P2L",
    "pinned map location 47.6062, -122.3321",
    "the combination of salt and caramel is great",
    "Postleitzahl 10115",
    "I passed the exam with 92 points",
    "The code is on GitHub",
)
i(
    "numbers",
    "Order number 1234 5678 9012 3456",
    "Call me at 555-123-4567",
    "my number is +1 415 555 0132",
    "ruf mich an: +49 30 12345678",
    "tracking number 1Z999AA10123456784",
    "USPS tracking 9400 1000 0000 0000 0000 00",
    "Invoice INV-2024-000187 is overdue",
    "the total was $1,249.99",
    "it costs 12.50 EUR per month",
    "My flight is UA 1234 on 2026-12-01",
    "meet on 12/05/2026 at 10:30",
    "Born 1988-03-14",
    "ISBN 978-3-16-148410-0",
    "ISBN 0-306-40615-2 is the paperback",
    "account #00012345 at the library",
    "my employee id is 104233",
    "room 1204, floor 12",
    "the reservation is for 4 people at 19:30",
    "population 8,336,817",
    "coordinates 40.7128 N, 74.0060 W",
    "Serial of my bike frame: WTU123456789",
    "the temperature was -3 to 5 degrees",
    "pay 4.99 for the app",
    "the experiment 09/27 batch failed",
    "the milk expires 12/05",
    "order 7731 2209 4458 1093 shipped",
    "I ran 10 km in 52:31",
    "Part no. 123-45-678",
)
i(
    "identifiers",
    "commit 9fceb02d0ae598e95dc970b74767f19372d61af8 fixed it",
    "fixed the token refresh bug in commit 3f786850e387550fdab836ed7e6dc881de23001b",
    "request id 7f9c2ba4e88f827d616045507605853e",
    "user id 123e4567-e89b-12d3-a456-426614174000",
    "upgrade to version 2.31.0 of requests",
    "python 3.11.7 and node v20.10.0",
    "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "the docker image is sha256:a3ed95caeb02ffe68cdd9fd84406680ae93d633cb16422d00e8a7c22955b46d4",
    "API docs at https://docs.example.com/v1/reference/authentication",
    "my ssh key is at /home/ana/.ssh/id_ed25519",
    "the ssh public key is ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl",
    "aws region is eu-west-1",
    "the S3 bucket is tacit-backups-prod-2024",
    "Slack channel #secrets-rotation",
    "the sk-learn library is great",
    "IBAN format is two letters and two digits",
    "my IBAN starts with DE",
    "the JWT spec is RFC 7519",
    "base64 of hello is aGVsbG8=",
    "Kubernetes secret named db-credentials",
    "the secret is named prod/api/stripe",
    "https://user@example.com/repo.git",
    "postgres://localhost:5432/tacit",
    "The access key id format starts with AKIA",
    "ticket PROJ-4821 is about the token bucket",
    "file name report_2024_Q3_final_v2.xlsx",
    "the colour is #1a2b3c",
    "MAC address 00:1A:2B:3C:4D:5E",
    "IP 192.168.1.24",
    "build 20241204.3 passed",
)
i(
    "prose",
    "I prefer window seats",
    "I'm vegetarian and allergic to peanuts",
    "please answer in German",
    "My cat is called Pepper",
    "we passed the secret garden on the walk",
    "I love the book Correct Horse Battery Staple",
    "the card game was fun",
    "she sent me a birthday card",
    "My Visa application was approved",
    "credit to the team for the launch",
    "The CVV column in the spreadsheet is empty",
    "Ich mag keine Kreditkarten",
    "the social security office opens at 9",
    "SSN fields should be masked in forms",
    "The private key never leaves the device",
    "JWT expiry is 15 minutes",
    "the bearer of bad news",
    "authorization was granted by my manager",
    "a good passphrase is long",
    "my recovery phrase is written on paper in a safe",
    "Set the password length to 16 in the generator",
    "The mnemonic for the planets is My Very Educated Mother",
    "Le mot de passe est trop court",
    "Das Passwort ist falsch",
    "Mi contraseña es incorrecta",
)

i(
    "config_code",
    'password = input("Password: ")',
    "export PASSWORD=$DB_PASS",
    'secret_key = os.environ["SECRET_KEY"]',
    "api_key = None",
    "password: str = Field(...)",
    "token=${GITHUB_TOKEN}",
    "PWD is the current directory in bash",
    "echo $PWD prints /home/ana",
    "tokenizer vocab size 50257",
    "session token length is 32 bytes",
)
i(
    "references",
    "password: see 1Password",
    "Passwort: siehe Zettel",
    "mot de passe : voir le carnet",
    "the password is in the blue notebook",
    "The wifi password is on the fridge",
    "API key: ask Marta",
    "token: see the vault",
    "Password: ********",
    "the passcode is my birthday",
    "My login is ana.k@example.com",
    "login: ana",
    "I passed: 87/100",
    "Enter your PIN to continue",
    "PIN must be 4 digits",
    "the door code changed",
    "my card expires next month",
    "expires 12/25",
    "Card ending in 4242",
    "authorization: pending",
    "bearer bonds are old-fashioned",
    "NHS number 943 476 5919",
    "meeting id 812 3456 7890",
    "my passport expires 03/2030",
    "Go to https://example.com/login?next=/account",
)


# -- held out: written after the detectors, measured before any change ------------------------------------------
# Batch 1 caught 13 of 15 secrets and flagged 2 of 44 innocent lines; the fixes it prompted: hex keys with "key"
# before or "API" after, Slack/Discord webhooks, barcodes (EAN/SKU) that pass Luhn, "Secret: <prose>".
# Batch 2 (after those fixes, untouched since): 15 of 15 caught, 0 of 35 flagged.
for family, text, secret in [
    ("password_en", "the wifi pw is sunshine2024", "sunshine2024"),
    ("pin_code", "my passcode: 7712", "7712"),
    ("password_en", "login password = Qwerty!234", "Qwerty!234"),
    ("password_en", "Password for the admin panel: adminAdmin99", "adminAdmin99"),
    ("password_en", "I set my password to Rainbow#7", "Rainbow#7"),
    ("password_en", "my old password was Tigger1999", "Tigger1999"),
    ("pin_code", "the PIN for my phone is 2580", "2580"),
    ("password_i18n", "Kennwort: Morgenrot88", "Morgenrot88"),
    ("entropy", "use the key " + (h1 := r(32, HEX)) + " for the Datadog API", h1),
    ("provider_key", "GitHub token: github_pat_11" + (g1 := r(20) + "_" + r(59)), g1),
    (
        "provider_key",
        "slack webhook https://hooks.slack.com/services/T"
        + (w1 := r(8, string.ascii_uppercase) + "/B" + r(8, string.ascii_uppercase) + "/" + r(24)),
        w1,
    ),
    ("card", "my visa is 4000 0566 5566 5556, cvc 321, exp 04/30", "4000 0566 5566 5556"),
    ("national_id", "SSN: 123-45-6789", "123-45-6789"),
    ("password_en", 'password is "open sesame"', "open sesame"),
    ("password_i18n", "mot de passe: Chaton#2024", "Chaton#2024"),
    ("password_en", "ok so the password is bluebird-77-river", "bluebird-77-river"),
    ("password_i18n", "hasło do wifi: Kotek2024!", "Kotek2024!"),
    ("password_i18n", "senha do wifi: Praia#2025", "Praia#2025"),
    ("password_i18n", "Contraseña: Madrid_1992", "Madrid_1992"),
    ("passphrase", "my bitcoin wallet seed phrase is: ripple oyster canyon lemon frost pilot", "ripple oyster canyon"),
    ("password_en", "DB password=hN8$kq2!Zr", "hN8$kq2!Zr"),
    ("password_en", "the admin pw for the NAS = nasAdmin#2023", "nasAdmin#2023"),
    ("pin_code", "The code to the safe is 4-8-15-16", "4-8-15-16"),
    ("provider_key", "here's our Stripe key: sk_test_" + (k7 := r(26)), k7),
    ("aws_secret", "AWS: AKIAJ3Q5XBTR7EXAMPLE / " + (k8 := "9drTJvcXLB89EXAMPLELB8923FB892xMFI" + r(6)), k8),
    ("entropy", "the API secret is " + (h2 := r(32, HEX)), h2),
    ("jwt", "bearer " + (j2 := jwt()), j2),
    ("iban", "IBAN GB33BUKB20201555555555", "GB33BUKB20201555555555"),
    ("national_id", "her SSN 345-67-8901", "345-67-8901"),
    ("card", "card no 3782 822463 10005 exp 11/26", "3782 822463 10005"),
]:
    s(family, text, secret)
i(
    "held_out",
    "Can you help me write a cover letter? The key points are teamwork and 5 years in sales.",
    "My secret weapon is a good night's sleep",
    "What's a good passphrase length these days?",
    "The code is 404 not found",
    "Error code: E1234 when I start the dishwasher",
    "my zip code is 10001",
    "The PIN on the map shows 3 restaurants",
    "the password prompt keeps popping up",
    "token ring networks were a thing in 1995",
    "I got 3 tokens at the arcade",
    "He gave me the key to the apartment, number 12B",
    "The access code for the conference call is on the invite",
    "the verification code never arrived",
    "my 2FA app is Authy",
    "Use the code WELCOME10 for a discount",
    "I'm learning to code in Python 3.12",
    "my locker number is 214",
    "gate B22 at 6:45pm",
    "my student ID is 20231145",
    "Flight confirmation: ABC123",
    "I live at 221B Baker Street",
    "My credit score is 780",
    "paid with my card yesterday, cost 45.90",
    "card ending 1234 was declined",
    "I need to renew my passport, it expires 08/2027",
    "expires 09/27, the coupon",
    "Set the secret santa limit to 30",
    "password strength meter says weak",
    "the api key header name is X-API-Key",
    "My favourite number is 4111",
    "Our wifi network is called Tacit-5G",
    "I called 1-800-555-0199 twice",
    "SKU 5901234123457",
    "EAN 4006381333931",
    "price: 1299.00 EUR",
    "ticket #448812",
    "The meeting PIN is optional",
    "she whispered the password but I forgot it",
    "I use pass, the unix password manager",
    "The recovery phrase must be written down",
    "authentication: OAuth2 with PKCE",
    "Secret: I don't like cilantro",
    "My boss keeps the secret recipe in a drawer",
    "I want to pass the driving test next week",
    "She passed away in 2019",
    "Compass heading 270 degrees",
    "passport number is on page 2",
    "The bypass surgery went well",
    "Token of appreciation: a $50 gift card",
    "the keynote speaker was great",
    "please keep the key under the mat",
    "my keyboard layout is QWERTZ",
    "how do I generate an SSH key?",
    "the JWT library throws an error on line 88",
    "the aws cli version is 2.15.30",
    "pip install boto3==1.34.0",
    "git checkout -b feature/token-refresh",
    "npm install jsonwebtoken@9.0.2",
    "docker run -p 8080:80 nginx:1.25",
    "the card table seats 4",
    "Visa fees were 160 USD",
    "My PIN is something I never share",
    "the secret of their success is hard work",
    "Set PASSWORD_MIN_LENGTH=12 in settings",
    'I like the song "Secret" by Madonna',
    "The password game is a fun puzzle",
    "my token of choice is the thimble in Monopoly",
    "Invoice 2024-0042 total 1,980.00",
    "call me at +44 7700 900123",
    "vehicle VIN 1HGCM82633A004352",
    "Bank holiday on 26/12",
    "the exp. date on the yogurt is 12/12",
)


def main() -> None:
    with (HERE / "secrets.jsonl").open("w") as f:
        for family, text, secrets in S:
            for secret in secrets:
                assert secret in text, (text, secret)
            f.write(json.dumps({"family": family, "text": text, "secrets": secrets}, ensure_ascii=False) + "\n")
    with (HERE / "innocent.jsonl").open("w") as f:
        for kind, text in INNOCENT:
            f.write(json.dumps({"kind": kind, "text": text}, ensure_ascii=False) + "\n")
    print(f"{len(S)} secret lines, {len(INNOCENT)} innocent lines")


if __name__ == "__main__":
    main()
