#!/usr/bin/env python3
"""Build resources/geo/countries.tsv, the built-in geography of the actor detector.

Needs the `babel` package (pip install babel); written and run with babel 2.19.0,
which ships Unicode CLDR 49. Other babel versions work but may change some rows:
the script prints the CLDR version it read, and resources/geo/README.md records the
one that made the committed file.

Three inputs are merged:

* CLDR territory display names (babel `Locale.territories`) for every code in CODES,
  type `name`, in each target language (some languages read two CLDR locales, e.g.
  pt + pt_PT, zh + zh_Hant), lightly cleaned (see `clean_name`).
* CLDR time-zone exemplar cities (babel `Locale.time_zones`) for the capitals that
  are the exemplar city of a zone (CAPITAL_ZONES), type `capital`. Where a
  Latin-script locale has no localised name, CLDR's own rule applies: the city is
  the last part of the zone ID with underscores as spaces.
* resources/geo/manual.tsv, written by hand: demonyms, metonyms, capitals that are
  not zone exemplar cities, short and long names CLDR lacks, `ambiguous` flags, and
  `drop` rows that remove a CLDR-derived row.

Usage:
    python scripts/make_geo.py            # write resources/geo/countries.tsv
    python scripts/make_geo.py --check    # exit 1 if the file is not up to date
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_global

ROOT = Path(__file__).resolve().parent.parent
GEO = ROOT / "resources" / "geo"
MANUAL = GEO / "manual.tsv"
OUTPUT = GEO / "countries.tsv"

HEADER = ("code", "lang", "type", "alias", "flags")
TYPES = ("name", "capital", "demonym", "metonym")
FLAGS = ("", "ambiguous")

# Target language -> CLDR locales whose data is merged into it.
LANGS: dict[str, tuple[str, ...]] = {
    "en": ("en",),
    "it": ("it",),
    "fr": ("fr",),
    "de": ("de",),
    "es": ("es", "es_419"),
    "pt": ("pt", "pt_PT"),
    "nl": ("nl",),
    "ru": ("ru",),
    "uk": ("uk",),
    "pl": ("pl",),
    "cs": ("cs",),
    "sv": ("sv",),
    "zh": ("zh", "zh_Hant"),
    "ja": ("ja",),
}
LATIN_SCRIPT = {"en", "it", "fr", "de", "es", "pt", "nl", "pl", "cs", "sv"}


def words(text: str) -> list[str]:
    return text.split()


# The 193 UN member states, the two observer states, Taiwan, Kosovo and five
# territories that the news reports on as units of their own.
UN_MEMBERS = words("""
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ
CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI
FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM
JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG
MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK
PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD
TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW
""")
OBSERVERS_AND_OTHERS = words("VA PS TW XK HK MO GL PR EH")
CODES = sorted(UN_MEMBERS + OBSERVERS_AND_OTHERS)

# Capitals that CLDR names as the exemplar city of a time zone. Capitals that are
# not (Washington, Beijing, Ottawa, ...) are in manual.tsv. Zones whose exemplar is
# the country itself or an island (America/Costa_Rica, Pacific/Efate, ...) are left
# out on purpose.
CAPITAL_ZONES: dict[str, str] = {
    "AF": "Asia/Kabul",
    "AL": "Europe/Tirane",
    "AM": "Asia/Yerevan",
    "AO": "Africa/Luanda",
    "AR": "America/Argentina/Buenos_Aires",
    "AT": "Europe/Vienna",
    "AZ": "Asia/Baku",
    "BA": "Europe/Sarajevo",
    "BD": "Asia/Dhaka",
    "BE": "Europe/Brussels",
    "BF": "Africa/Ouagadougou",
    "BG": "Europe/Sofia",
    "BI": "Africa/Bujumbura",
    "BJ": "Africa/Porto-Novo",
    "BO": "America/La_Paz",
    "BS": "America/Nassau",
    "BT": "Asia/Thimphu",
    "BW": "Africa/Gaborone",
    "BY": "Europe/Minsk",
    "CD": "Africa/Kinshasa",
    "CF": "Africa/Bangui",
    "CG": "Africa/Brazzaville",
    "CL": "America/Santiago",
    "CO": "America/Bogota",
    "CU": "America/Havana",
    "CY": "Asia/Nicosia",
    "CZ": "Europe/Prague",
    "DE": "Europe/Berlin",
    "DJ": "Africa/Djibouti",
    "DK": "Europe/Copenhagen",
    "DO": "America/Santo_Domingo",
    "DZ": "Africa/Algiers",
    "EE": "Europe/Tallinn",
    "EG": "Africa/Cairo",
    "EH": "Africa/El_Aaiun",
    "ER": "Africa/Asmara",
    "ES": "Europe/Madrid",
    "ET": "Africa/Addis_Ababa",
    "FI": "Europe/Helsinki",
    "FR": "Europe/Paris",
    "GA": "Africa/Libreville",
    "GB": "Europe/London",
    "GE": "Asia/Tbilisi",
    "GH": "Africa/Accra",
    "GL": "America/Nuuk",
    "GM": "Africa/Banjul",
    "GN": "Africa/Conakry",
    "GQ": "Africa/Malabo",
    "GR": "Europe/Athens",
    "GT": "America/Guatemala",
    "GW": "Africa/Bissau",
    "HN": "America/Tegucigalpa",
    "HR": "Europe/Zagreb",
    "HT": "America/Port-au-Prince",
    "HU": "Europe/Budapest",
    "ID": "Asia/Jakarta",
    "IE": "Europe/Dublin",
    "IL": "Asia/Jerusalem",
    "IQ": "Asia/Baghdad",
    "IR": "Asia/Tehran",
    "IS": "Atlantic/Reykjavik",
    "IT": "Europe/Rome",
    "JO": "Asia/Amman",
    "JP": "Asia/Tokyo",
    "KE": "Africa/Nairobi",
    "KG": "Asia/Bishkek",
    "KH": "Asia/Phnom_Penh",
    "KI": "Pacific/Tarawa",
    "KP": "Asia/Pyongyang",
    "KR": "Asia/Seoul",
    "KW": "Asia/Kuwait",
    "LA": "Asia/Vientiane",
    "LB": "Asia/Beirut",
    "LI": "Europe/Vaduz",
    "LK": "Asia/Colombo",
    "LR": "Africa/Monrovia",
    "LS": "Africa/Maseru",
    "LT": "Europe/Vilnius",
    "LV": "Europe/Riga",
    "LY": "Africa/Tripoli",
    "MC": "Europe/Monaco",
    "MD": "Europe/Chisinau",
    "ME": "Europe/Podgorica",
    "MG": "Indian/Antananarivo",
    "MH": "Pacific/Majuro",
    "MK": "Europe/Skopje",
    "ML": "Africa/Bamako",
    "MN": "Asia/Ulaanbaatar",
    "MR": "Africa/Nouakchott",
    "MX": "America/Mexico_City",
    "MY": "Asia/Kuala_Lumpur",
    "MZ": "Africa/Maputo",
    "NA": "Africa/Windhoek",
    "NE": "Africa/Niamey",
    "NI": "America/Managua",
    "NL": "Europe/Amsterdam",
    "NO": "Europe/Oslo",
    "NP": "Asia/Kathmandu",
    "OM": "Asia/Muscat",
    "PA": "America/Panama",
    "PE": "America/Lima",
    "PG": "Pacific/Port_Moresby",
    "PH": "Asia/Manila",
    "PL": "Europe/Warsaw",
    "PT": "Europe/Lisbon",
    "PY": "America/Asuncion",
    "RO": "Europe/Bucharest",
    "RS": "Europe/Belgrade",
    "RU": "Europe/Moscow",
    "RW": "Africa/Kigali",
    "SA": "Asia/Riyadh",
    "SD": "Africa/Khartoum",
    "SE": "Europe/Stockholm",
    "SG": "Asia/Singapore",
    "SI": "Europe/Ljubljana",
    "SK": "Europe/Bratislava",
    "SL": "Africa/Freetown",
    "SM": "Europe/San_Marino",
    "SN": "Africa/Dakar",
    "SO": "Africa/Mogadishu",
    "SR": "America/Paramaribo",
    "SS": "Africa/Juba",
    "ST": "Africa/Sao_Tome",
    "SY": "Asia/Damascus",
    "SZ": "Africa/Mbabane",
    "TD": "Africa/Ndjamena",
    "TG": "Africa/Lome",
    "TH": "Asia/Bangkok",
    "TJ": "Asia/Dushanbe",
    "TL": "Asia/Dili",
    "TM": "Asia/Ashgabat",
    "TN": "Africa/Tunis",
    "TT": "America/Port_of_Spain",
    "TV": "Pacific/Funafuti",
    "TW": "Asia/Taipei",
    "UA": "Europe/Kyiv",
    "UG": "Africa/Kampala",
    "UY": "America/Montevideo",
    "UZ": "Asia/Tashkent",
    "VE": "America/Caracas",
    "WS": "Pacific/Apia",
    "ZM": "Africa/Lusaka",
    "ZW": "Africa/Harare",
}

# In CLDR names "X (Y)", Y is normally a qualifier ("Hong Kong (China)") or a capital
# ("コンゴ民主共和国(キンシャサ)"); for these codes it is another name of the country
# ("Myanmar (Burma)", "Côte d’Ivoire (Costa do Marfim)").
PAREN_IS_NAME = {"MM", "CI"}

# Leading articles of capitals that merge with prepositions ("al Cairo", "du Caire",
# "del Cairo"), so the name is matched without them.
CONTRACTING_ARTICLES = {"it": ("Il ", "L’", "L'"), "fr": ("Le ",), "es": ("El ",)}

Row = tuple[str, str, str, str]  # code, lang, type, alias
Line = tuple[str, str, str, str, str]  # code, lang, type, alias, flags


def normalise(text: str) -> str:
    """NFC, no soft hyphens, single spaces."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    return " ".join(text.split())


def clean_name(code: str, lang: str, name: str) -> list[str]:
    """Turn one CLDR territory name into the aliases a news text would contain."""
    name = normalise(name)
    if lang == "en":
        name = name.replace(" & ", " and ")
    if lang == "ru":
        name = name.replace(" о-ва", " Острова")
    # "Congo - Kinshasa", "Kongo – Brazzaville": the press writes them hyphenated.
    name = re.sub(r"\s[-–]\s", "-", name)
    out = []
    match = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if match:
        out.append(match.group(1).strip())
        if code in PAREN_IS_NAME:
            out.append(match.group(2).strip())
    else:
        out.append(name)
    return out


def clean_capital(lang: str, city: str) -> str:
    city = normalise(city)
    city = re.sub(r"\s*\(.+\)$", "", city)  # "Tripoli (Libye)", "Meksyk (miasto)"
    for article in CONTRACTING_ARTICLES.get(lang, ()):
        if city.startswith(article):
            city = city[len(article) :]
    return city


def zone_city(locale: Locale, zone: str, latin: bool) -> str | None:
    info = locale.time_zones.get(zone)
    if info and info.get("city"):
        return str(info["city"])
    if latin:
        return zone.rsplit("/", 1)[-1].replace("_", " ")
    return None


def cldr_rows() -> set[Row]:
    rows: set[Row] = set()
    aliases = get_global("zone_aliases")
    for lang, locales in LANGS.items():
        for locale_id in locales:
            locale = Locale.parse(locale_id)
            territories = locale.territories
            for code in CODES:
                for alias in clean_name(code, lang, territories[code]):
                    rows.add((code, lang, "name", alias))
            for code, zone in CAPITAL_ZONES.items():
                zone = aliases.get(zone, zone)
                city = zone_city(locale, zone, lang in LATIN_SCRIPT)
                if city:
                    rows.add((code, lang, "capital", clean_capital(lang, city)))
    return rows


def read_manual(path: Path) -> tuple[dict[Row, str], set[Row]]:
    """Rows of manual.tsv: (row -> flag) to add, and the set of rows to drop."""
    add: dict[Row, str] = {}
    drop: set[Row] = set()
    errors = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if fields == list(HEADER):
            continue
        if len(fields) == 4:
            fields.append("")
        if len(fields) != 5:
            errors.append(f"{path.name}:{number}: expected 5 tab-separated fields")
            continue
        code, lang, kind, alias, flag = (f.strip() for f in fields)
        alias = normalise(alias)
        where = f"{path.name}:{number}"
        if code not in CODES:
            errors.append(f"{where}: unknown code {code!r}")
        if lang not in LANGS:
            errors.append(f"{where}: unknown language {lang!r}")
        if kind not in TYPES:
            errors.append(f"{where}: unknown type {kind!r}")
        if flag not in (*FLAGS, "drop"):
            errors.append(f"{where}: unknown flag {flag!r}")
        if not alias:
            errors.append(f"{where}: empty alias")
        row = (code, lang, kind, alias)
        if flag == "drop":
            drop.add(row)
        elif row in add and add[row] != flag:
            errors.append(f"{where}: {row} listed twice with different flags")
        else:
            add[row] = flag
    if errors:
        sys.exit("\n".join(errors))
    return add, drop


def apostrophe_variants(alias: str) -> set[str]:
    """Côte d’Ivoire -> also Côte d'Ivoire; Вʼєтнам -> also Вʼєтнам with ’ and '."""
    variants = {alias}
    if "ʼ" in alias:
        variants |= {alias.replace("ʼ", "’"), alias.replace("ʼ", "'")}
    if "’" in alias:
        variants.add(alias.replace("’", "'"))
    return variants


def build(manual: Path) -> tuple[list[Line], list[str]]:
    generated = cldr_rows()
    add, drop = read_manual(manual)
    unused_drops = drop - generated
    flags: dict[Row, str] = {}
    for row in generated - drop:
        flags[row] = ""
    for row, flag in add.items():
        flags[row] = flag
    # Variants inherit the flag of the spelling they come from.
    for (code, lang, kind, alias), flag in list(flags.items()):
        for variant in apostrophe_variants(alias):
            key = (code, lang, kind, variant)
            if key not in flags or (flag and not flags[key]):
                flags[key] = flag
    # A capital spelled like its country ("Gibuti", "Panamá") adds nothing.
    names = {(c, lg, a) for (c, lg, k, a) in flags if k == "name"}
    for row in [r for r in flags if r[2] == "capital" and (r[0], r[1], r[3]) in names]:
        del flags[row]
    warnings = [f"drop row matches nothing: {row}" for row in sorted(unused_drops)]
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for code, lang, _kind, alias in flags:
        owners[(lang, alias)].add(code)
    for (lang, alias), codes in sorted(owners.items()):
        if len(codes) > 1:
            warnings.append(f"alias {alias!r} ({lang}) belongs to {', '.join(sorted(codes))}")
    table = sorted((*row, flag) for row, flag in flags.items())
    return table, warnings


def render(table: list[Line]) -> str:
    for fields in table:
        for field in fields:
            if "\t" in field or "\n" in field or field != field.strip():
                raise ValueError(f"bad field in {fields}")
    return "".join("\t".join(fields) + "\n" for fields in [HEADER, *table])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--manual", type=Path, default=MANUAL)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="only compare with --output")
    args = parser.parse_args()

    cldr = get_global("cldr")["version"]
    print(f"babel {babel.__version__}, CLDR {cldr}", file=sys.stderr)
    table, warnings = build(args.manual)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    text = render(table)
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {len(table)} rows to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
