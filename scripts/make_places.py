#!/usr/bin/env python3
"""Build resources/geo/places.tsv: places other than countries and capitals.

Cities, regions, continents, seas and rivers, mountain ranges and famous streets and
squares, with their names in the 14 languages of presslens. Countries and national
capitals are in resources/geo/countries.tsv (scripts/make_geo.py) and are not repeated.

Needs the `babel` package (pip install babel); written and run with babel 2.19.0, which
ships Unicode CLDR 49. Two inputs are merged:

* The hand-written table PLACES below (names from general knowledge, written for
  presslens).
* Unicode CLDR data read through babel: the localised exemplar city of a time zone
  (`z:Europe/Samara` on a place line) and the localised name of a region or territory
  (`t:419` for Latin America). CLDR names are added to the hand-written ones; a field
  `-xx Name` removes a CLDR name that does not fit running text.

Format of PLACES: a place line `id country type [z:zone] [t:code]` (country `-` when the
place belongs to no single country), then indented lines with fields separated by ` | `.
A field is `langs aliases`: `langs` is a language code, several joined by commas, or `*`
for every Latin-script language that has no field of its own in that block; aliases are
separated by `;`, and an alias ending in `!` is flagged `ambiguous`.

Usage:
    python scripts/make_places.py            # write resources/geo/places.tsv
    python scripts/make_places.py --check    # exit 1 if the file is not up to date
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import babel
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
GEO = ROOT / "resources" / "geo"
OUTPUT = GEO / "places.tsv"
COUNTRIES = GEO / "countries.tsv"

HEADER = ("id", "country", "type", "lang", "alias", "flags")
TYPES = ("city", "region", "continent", "water", "mountain", "area")
LANGS = ("en", "it", "fr", "de", "es", "pt", "nl", "ru", "uk", "pl", "cs", "sv", "zh", "ja")
LATIN = ("en", "it", "fr", "de", "es", "pt", "nl", "pl", "cs", "sv")
# CLDR locales read for each language (pt_PT adds the European Portuguese forms).
CLDR_LOCALES: dict[str, tuple[str, ...]] = {lang: (lang,) for lang in LANGS}
CLDR_LOCALES["pt"] = ("pt", "pt_PT")

PLACES = """
# ---------------------------------------------------------------- continents
africa - continent t:002
asia - continent t:142
  zh 亚洲 | ja アジア
europe - continent t:150
oceania - continent t:009
north_america - continent t:003
  -ja 北アメリカ大陸 | ja 北アメリカ;北米 | zh 北美洲;北美 | es Norteamérica;América del Norte
  pt América do Norte | it America del Nord;Nord America;Nordamerica
south_america - continent t:005
  it America del Sud;Sudamerica;America meridionale | es Sudamérica;Suramérica;América del Sur
  zh 南美洲;南美 | ja 南アメリカ;南米
antarctica - continent t:AQ
  uk Антарктида;Антарктика | zh 南极洲 | ja 南極;南極大陸 | sv Antarktis;Antarktika
eurasia - continent
  en Eurasia | it Eurasia | fr Eurasie | de Eurasien | es Eurasia | pt Eurásia | nl Eurazië
  pl Eurazja | cs Eurasie | sv Eurasien | ru Евразия | uk Євразія | zh 欧亚大陆
  ja ユーラシア;ユーラシア大陸
# ---------------------------------------------------------------- world regions
middle_east - region
  en Middle East | it Medio Oriente;Vicino Oriente | fr Moyen-Orient;Proche-Orient
  de Naher Osten;Nahen Osten;Nahost;Mittlerer Osten;Mittleren Osten
  es Oriente Medio;Medio Oriente;Oriente Próximo;Próximo Oriente
  pt Oriente Médio;Médio Oriente;Oriente Próximo | nl Midden-Oosten
  pl Bliski Wschód;Bliskim Wschodzie;Bliskiego Wschodu
  cs Blízký východ;Blízkém východě;Blízkého východu | sv Mellanöstern
  ru Ближний Восток;Ближнем Востоке;Ближнего Востока
  uk Близький Схід;Близькому Сході;Близького Сходу | zh 中东 | ja 中東
far_east - region
  en Far East | it Estremo Oriente | fr Extrême-Orient | de Fernost;Ferner Osten;Fernen Osten
  es Extremo Oriente;Lejano Oriente | pt Extremo Oriente | nl Verre Oosten
  pl Daleki Wschód;Dalekim Wschodzie;Dalekiego Wschodu
  cs Dálný východ;Dálném východě;Dálného východu | sv Fjärran Östern
  ru Дальний Восток;Дальнем Востоке;Дальнего Востока
  uk Далекий Схід;Далекому Сході;Далекого Сходу | zh 远东 | ja 極東
latin_america - region t:419
  es América Latina;Latinoamérica;Iberoamérica | ja ラテンアメリカ;中南米 | zh 拉丁美洲;拉美
  ru Латинская Америка;Латинской Америке;Латинской Америки
  uk Латинська Америка;Латинській Америці;Латинської Америки
  pl Ameryka Łacińska;Ameryce Łacińskiej;Ameryki Łacińskiej
  cs Latinská Amerika;Latinské Americe;Latinské Ameriky
central_america - region t:013
  es Centroamérica;América Central | zh 中美洲 | ja 中米;中央アメリカ
caribbean - region t:029
  en Caribbean | ru Карибы;Карибский регион | zh 加勒比地区;加勒比 | ja カリブ;カリブ海地域
  -uk Карибський басейн | uk Карибський регіон;Кариби
balkans - region
  en Balkans | it Balcani | fr Balkans | de Balkan | es Balcanes | pt Bálcãs;Balcãs
  nl Balkan | pl Bałkany | cs Balkán | sv Balkan | ru Балканы | uk Балкани
  zh 巴尔干;巴尔干半岛 | ja バルカン;バルカン半島
baltics - region
  en Baltics;Baltic states;Baltic States | it Paesi baltici;paesi baltici
  fr pays baltes;Pays baltes
  de Baltikum | es países bálticos;Países Bálticos | pt países bálticos;Países Bálticos
  nl Baltische staten | pl państwa bałtyckie;kraje bałtyckie | cs Pobaltí;pobaltské státy
  sv Baltikum | ru Прибалтика;страны Балтии | uk Прибалтика;країни Балтії
  zh 波罗的海三国;波罗的海国家 | ja バルト三国;バルト諸国
caucasus - region
  en Caucasus | it Caucaso | fr Caucase | de Kaukasus | es Cáucaso | pt Cáucaso | nl Kaukasus
  pl Kaukaz | cs Kavkaz | sv Kaukasus | ru Кавказ | uk Кавказ | zh 高加索 | ja コーカサス;カフカス
south_caucasus - region
  en South Caucasus;Transcaucasia | it Caucaso meridionale;Transcaucasia
  fr Caucase du Sud;Transcaucasie | de Südkaukasus;Transkaukasien
  es Cáucaso Sur;Cáucaso meridional;Transcaucasia | pt Cáucaso do Sul;Transcaucásia
  nl Zuidelijke Kaukasus;Transkaukasië | pl Zakaukazie;Kaukaz Południowy
  cs Jižní Kavkaz;Zakavkazsko | sv Sydkaukasien | ru Закавказье;Южный Кавказ
  uk Закавказзя;Південний Кавказ | zh 外高加索;南高加索 | ja 南コーカサス;ザカフカス
sahel - region
  * Sahel | ru Сахель | uk Сахель | zh 萨赫勒;萨赫勒地区 | ja サヘル;サヘル地域
sahara - region
  * Sahara | es Sahara;Sáhara | pt Saara;Sara! | ru Сахара | uk Сахара | zh 撒哈拉;撒哈拉沙漠
  ja サハラ;サハラ砂漠
maghreb - region
  * Maghreb | es Magreb | pt Magrebe | ru Магриб | uk Магриб | zh 马格里布 | ja マグレブ;マグリブ
levant - region
  en Levant | it Levante! | fr Levant | de Levante | es Levante! | pt Levante! | nl Levant
  pl Lewant | cs Levanta | sv Levanten | ru Левант | uk Левант | zh 黎凡特 | ja レバント
horn_of_africa - region
  en Horn of Africa | it Corno d’Africa | fr Corne de l’Afrique | de Horn von Afrika
  es Cuerno de África | pt Chifre da África;Corno de África | nl Hoorn van Afrika
  pl Róg Afryki | cs Africký roh | sv Afrikas horn | ru Африканский Рог | uk Африканський Ріг
  zh 非洲之角 | ja アフリカの角
scandinavia - region
  en Scandinavia | it Scandinavia | fr Scandinavie | de Skandinavien | es Escandinavia
  pt Escandinávia | nl Scandinavië | pl Skandynawia | cs Skandinávie | sv Skandinavien
  ru Скандинавия | uk Скандинавія | zh 斯堪的纳维亚 | ja スカンジナビア;スカンディナヴィア;北欧!
arctic - region
  en Arctic | it Artico | fr Arctique | de Arktis | es Ártico | pt Ártico
  nl Noordpoolgebied;Arctis
  pl Arktyka | cs Arktida | sv Arktis | ru Арктика | uk Арктика | zh 北极;北极地区 | ja 北極;北極圏
central_asia - region t:143
  ru Центральная Азия;Средняя Азия | uk Центральна Азія;Середня Азія
southeast_asia - region t:035
  en Southeast Asia;South-East Asia;South East Asia | it Sud-est asiatico;Sudest asiatico
south_asia - region t:034
  -en Southern Asia | en South Asia | es Asia meridional;Asia del Sur | pt Sul da Ásia
east_asia - region t:030
  -en Eastern Asia | en East Asia | fr Asie de l’Est;Asie orientale | pt Leste Asiático
western_europe - region t:155
eastern_europe - region t:151
central_europe - region
  en Central Europe | it Europa centrale | fr Europe centrale | de Mitteleuropa
  es Europa central | pt Europa Central | nl Centraal-Europa;Midden-Europa
  pl Europa Środkowa | cs střední Evropa;Střední Evropa | sv Centraleuropa
  ru Центральная Европа | uk Центральна Європа | zh 中欧 | ja 中欧;中央ヨーロッパ
northern_europe - region t:154
southern_europe - region t:039
north_africa - region t:015
  -en Northern Africa | en North Africa | it Nord Africa;Africa del Nord;Africa settentrionale
  fr Afrique du Nord | es Norte de África;África del Norte | pt Norte da África;Norte de África
west_africa - region t:011
  -en Western Africa | en West Africa | fr Afrique de l’Ouest | es África Occidental
  pt África Ocidental
east_africa - region t:014
  -en Eastern Africa | en East Africa | fr Afrique de l’Est | es África Oriental
central_africa - region t:017
  -en Middle Africa | en Central Africa
sub_saharan_africa - region t:202
  ru Африка южнее Сахары;Тропическая Африка | en Sub-Saharan Africa;sub-Saharan Africa
indo_pacific - region
  en Indo-Pacific | it Indo-Pacifico | fr Indo-Pacifique | de Indopazifik;Indo-Pazifik
  es Indo-Pacífico;Indopacífico | pt Indo-Pacífico | nl Indo-Pacific | pl Indo-Pacyfik
  cs Indo-Pacifik;Indopacifik | sv Indopacifiska regionen | ru Индо-Тихоокеанский регион
  uk Індо-Тихоокеанський регіон | zh 印太;印太地区 | ja インド太平洋
kurdistan - region
  * Kurdistan | es Kurdistán | pt Curdistão | nl Koerdistan | pl Kurdystan | cs Kurdistán
  ru Курдистан | uk Курдистан | zh 库尔德斯坦 | ja クルディスタン
kashmir - region
  en Kashmir | it Kashmir | fr Cachemire! | de Kaschmir! | es Cachemira! | pt Caxemira!
  nl Kasjmier! | pl Kaszmir! | cs Kašmír! | sv Kashmir | ru Кашмир | uk Кашмір
  zh 克什米尔 | ja カシミール
patagonia - region
  * Patagonia | fr Patagonie | de Patagonien | pt Patagônia;Patagónia | nl Patagonië
  cs Patagonie | sv Patagonien | ru Патагония | uk Патагонія | zh 巴塔哥尼亚 | ja パタゴニア
amazon_rainforest - region
  en Amazon rainforest;Amazonia | it Amazzonia | fr Amazonie | de Amazonien;Amazonas-Regenwald
  es Amazonia;Amazonía | pt Amazônia;Amazónia | nl Amazonegebied | pl Amazonia
  cs Amazonie | sv Amazonas regnskog | ru Амазония | uk Амазонія | zh 亚马孙雨林;亚马逊雨林
  ja アマゾン熱帯雨林
siberia RU region
  en Siberia | it Siberia | fr Sibérie | de Sibirien | es Siberia | pt Sibéria | nl Siberië
  pl Syberia | cs Sibiř | sv Sibirien | ru Сибирь | uk Сибір | zh 西伯利亚 | ja シベリア
# ---------------------------------------------------------------- oceans and seas
atlantic_ocean - water
  en Atlantic Ocean;Atlantic | it Oceano Atlantico;Atlantico | fr océan Atlantique;Atlantique
  de Atlantischer Ozean;Atlantik | es océano Atlántico;Atlántico | pt oceano Atlântico;Atlântico
  nl Atlantische Oceaan | pl Ocean Atlantycki;Atlantyk | cs Atlantský oceán;Atlantik
  sv Atlanten;Atlantiska oceanen | ru Атлантический океан;Атлантика
  uk Атлантичний океан;Атлантика | zh 大西洋 | ja 大西洋
pacific_ocean - water
  en Pacific Ocean;Pacific! | it Oceano Pacifico;Pacifico! | fr océan Pacifique;Pacifique!
  de Pazifischer Ozean;Pazifik;Stiller Ozean | es océano Pacífico;Pacífico!
  pt oceano Pacífico;Pacífico! | nl Stille Oceaan;Grote Oceaan | pl Ocean Spokojny;Pacyfik
  cs Tichý oceán;Pacifik | sv Stilla havet;Stillahavet | ru Тихий океан | uk Тихий океан
  zh 太平洋 | ja 太平洋
indian_ocean - water
  en Indian Ocean | it Oceano Indiano | fr océan Indien | de Indischer Ozean;Indik
  es océano Índico;Índico | pt oceano Índico;Índico | nl Indische Oceaan | pl Ocean Indyjski
  cs Indický oceán | sv Indiska oceanen | ru Индийский океан | uk Індійський океан
  zh 印度洋 | ja インド洋
arctic_ocean - water
  en Arctic Ocean | it Oceano Artico;Mar Glaciale Artico | fr océan Arctique
  de Arktischer Ozean;Nordpolarmeer | es océano Ártico | pt oceano Ártico
  nl Noordelijke IJszee | pl Ocean Arktyczny | cs Severní ledový oceán | sv Norra ishavet
  ru Северный Ледовитый океан | uk Північний Льодовитий океан | zh 北冰洋 | ja 北極海
mediterranean_sea - water
  en Mediterranean!;Mediterranean Sea | it Mediterraneo;Mar Mediterraneo
  fr Méditerranée;mer Méditerranée | de Mittelmeer | es Mediterráneo;mar Mediterráneo
  pt Mediterrâneo;mar Mediterrâneo | nl Middellandse Zee
  pl Morze Śródziemne;Morzu Śródziemnym;Morza Śródziemnego
  cs Středozemní moře;Středozemním moři;Středozemního moře;Středomoří | sv Medelhavet
  ru Средиземное море;Средиземном море;Средиземного моря;Средиземноморье
  uk Середземне море;Середземному морі;Середземного моря;Середземномор’я | zh 地中海 | ja 地中海
black_sea - water
  en Black Sea | it Mar Nero | fr mer Noire | de Schwarzes Meer;Schwarzen Meer;Schwarzen Meeres
  es mar Negro | pt mar Negro | nl Zwarte Zee | pl Morze Czarne;Morzu Czarnym;Morza Czarnego
  cs Černé moře;Černém moři;Černého moře | sv Svarta havet
  ru Чёрное море;Черное море;Чёрном море;Черном море;Чёрного моря;Черного моря
  uk Чорне море;Чорному морі;Чорного моря | zh 黑海 | ja 黒海
baltic_sea - water
  en Baltic Sea;Baltic! | it Mar Baltico;Baltico! | fr mer Baltique;Baltique!
  de Ostsee | es mar Báltico;Báltico! | pt mar Báltico;Báltico! | nl Oostzee
  pl Morze Bałtyckie;Bałtyk;Bałtyku | cs Baltské moře;Baltském moři;Baltského moře | sv Östersjön
  ru Балтийское море;Балтийском море;Балтийского моря;Балтика!
  uk Балтійське море;Балтійському морі;Балтійського моря;Балтика! | zh 波罗的海 | ja バルト海
north_sea - water
  en North Sea | it Mare del Nord | fr mer du Nord | de Nordsee | es mar del Norte
  pt mar do Norte | nl Noordzee | pl Morze Północne | cs Severní moře | sv Nordsjön
  ru Северное море | uk Північне море | zh 北海! | ja 北海
red_sea - water
  en Red Sea | it Mar Rosso | fr mer Rouge | de Rotes Meer;Roten Meer;Roten Meeres | es mar Rojo
  pt mar Vermelho | nl Rode Zee | pl Morze Czerwone;Morzu Czerwonym;Morza Czerwonego
  cs Rudé moře;Rudém moři;Rudého moře | sv Röda havet | ru Красное море;Красном море;Красного моря
  uk Червоне море;Червоному морі;Червоного моря | zh 红海 | ja 紅海
caspian_sea - water
  en Caspian Sea;Caspian | it Mar Caspio | fr mer Caspienne
  de Kaspisches Meer;Kaspischen Meer;Kaspischen Meeres | es mar Caspio | pt mar Cáspio
  nl Kaspische Zee | pl Morze Kaspijskie | cs Kaspické moře | sv Kaspiska havet
  ru Каспийское море;Каспий | uk Каспійське море;Каспій | zh 里海 | ja カスピ海
sea_of_azov - water
  en Sea of Azov | it Mar d’Azov | fr mer d’Azov | de Asowsches Meer;Asowschen Meer
  es mar de Azov | pt mar de Azov | nl Zee van Azov | pl Morze Azowskie | cs Azovské moře
  sv Azovska sjön;Azovska havet | ru Азовское море | uk Азовське море | zh 亚速海 | ja アゾフ海
south_china_sea - water
  en South China Sea | it Mar Cinese Meridionale | fr mer de Chine méridionale
  de Südchinesisches Meer;Südchinesischen Meer | es mar de China Meridional
  pt mar da China Meridional;mar do Sul da China | nl Zuid-Chinese Zee
  pl Morze Południowochińskie | cs Jihočínské moře | sv Sydkinesiska havet
  ru Южно-Китайское море;Южно-Китайском море;Южно-Китайского моря
  uk Південнокитайське море | zh 南海;南中国海 | ja 南シナ海
east_china_sea - water
  en East China Sea | it Mar Cinese Orientale | fr mer de Chine orientale
  de Ostchinesisches Meer | es mar de China Oriental | pt mar da China Oriental
  nl Oost-Chinese Zee | pl Morze Wschodniochińskie | cs Východočínské moře
  sv Östkinesiska havet | ru Восточно-Китайское море | uk Східнокитайське море
  zh 东海 | ja 東シナ海
sea_of_japan - water
  en Sea of Japan | it Mar del Giappone | fr mer du Japon | de Japanisches Meer
  es mar de Japón | pt mar do Japão | nl Japanse Zee | pl Morze Japońskie | cs Japonské moře
  sv Japanska havet | ru Японское море | uk Японське море | zh 日本海 | ja 日本海
yellow_sea - water
  en Yellow Sea | it Mar Giallo | fr mer Jaune | de Gelbes Meer | es mar Amarillo
  pt mar Amarelo | nl Gele Zee | pl Morze Żółte | cs Žluté moře | sv Gula havet
  ru Жёлтое море;Желтое море | uk Жовте море | zh 黄海 | ja 黄海
caribbean_sea - water
  en Caribbean Sea | it Mar dei Caraibi | fr mer des Caraïbes;mer des Antilles
  de Karibisches Meer | es mar Caribe | pt mar do Caribe;mar das Caraíbas | nl Caribische Zee
  pl Morze Karaibskie | cs Karibské moře | sv Karibiska havet | ru Карибское море
  uk Карибське море | zh 加勒比海 | ja カリブ海
gulf_of_mexico - water
  en Gulf of Mexico;Gulf of America | it Golfo del Messico | fr golfe du Mexique
  de Golf von Mexiko | es golfo de México | pt golfo do México | nl Golf van Mexico
  pl Zatoka Meksykańska | cs Mexický záliv | sv Mexikanska golfen | ru Мексиканский залив
  uk Мексиканська затока | zh 墨西哥湾 | ja メキシコ湾
persian_gulf - water
  en Persian Gulf;Arabian Gulf | it Golfo Persico | fr golfe Persique
  de Persischer Golf;Persischen Golf | es golfo Pérsico | pt golfo Pérsico | nl Perzische Golf
  pl Zatoka Perska | cs Perský záliv | sv Persiska viken | ru Персидский залив
  uk Перська затока | zh 波斯湾 | ja ペルシャ湾;ペルシア湾
gulf_of_aden - water
  en Gulf of Aden | it Golfo di Aden | fr golfe d’Aden | de Golf von Aden | es golfo de Adén
  pt golfo de Áden | nl Golf van Aden | pl Zatoka Adeńska | cs Adenský záliv | sv Adenviken
  ru Аденский залив | uk Аденська затока | zh 亚丁湾 | ja アデン湾
gulf_of_oman - water
  en Gulf of Oman | it Golfo di Oman | fr golfe d’Oman | de Golf von Oman | es golfo de Omán
  pt golfo de Omã | nl Golf van Oman | pl Zatoka Omańska | cs Ománský záliv | sv Omanviken
  ru Оманский залив | uk Оманська затока | zh 阿曼湾 | ja オマーン湾
arabian_sea - water
  en Arabian Sea | it Mar Arabico | fr mer d’Arabie | de Arabisches Meer | es mar Arábigo
  pt mar Arábico;mar da Arábia | nl Arabische Zee | pl Morze Arabskie | cs Arabské moře
  sv Arabiska havet | ru Аравийское море | uk Аравійське море | zh 阿拉伯海 | ja アラビア海
adriatic_sea - water
  en Adriatic;Adriatic Sea | it Adriatico;Mar Adriatico | fr Adriatique;mer Adriatique
  de Adria | es Adriático;mar Adriático | pt Adriático;mar Adriático | nl Adriatische Zee
  pl Adriatyk;Morze Adriatyckie | cs Jaderské moře;Jadran | sv Adriatiska havet;Adriatiska
  ru Адриатическое море;Адриатика | uk Адріатичне море;Адріатика | zh 亚得里亚海 | ja アドリア海
aegean_sea - water
  en Aegean;Aegean Sea | it Egeo;Mar Egeo | fr mer Égée | de Ägäis | es mar Egeo;Egeo
  pt mar Egeu;Egeu | nl Egeïsche Zee | pl Morze Egejskie | cs Egejské moře | sv Egeiska havet
  ru Эгейское море | uk Егейське море | zh 爱琴海 | ja エーゲ海
barents_sea - water
  en Barents Sea | it Mare di Barents | fr mer de Barents | de Barentssee | es mar de Barents
  pt mar de Barents | nl Barentszzee | pl Morze Barentsa | cs Barentsovo moře
  sv Barents hav;Barentshavet | ru Баренцево море | uk Баренцове море | zh 巴伦支海 | ja バレンツ海
english_channel - water
  en English Channel | it Canale della Manica;Manica! | fr Manche!;La Manche
  de Ärmelkanal | es canal de la Mancha | pt canal da Mancha | nl Kanaal!
  pl kanał La Manche;La Manche | cs Lamanšský průliv;La Manche | sv Engelska kanalen
  ru Ла-Манш | uk Ла-Манш | zh 英吉利海峡 | ja イギリス海峡;英仏海峡
strait_of_hormuz - water
  en Strait of Hormuz;Hormuz | it Stretto di Hormuz;Hormuz | fr détroit d’Ormuz;Ormuz
  de Straße von Hormus;Hormus | es estrecho de Ormuz;Ormuz | pt estreito de Ormuz;Ormuz
  nl Straat van Hormuz;Hormuz | pl Cieśnina Ormuz;Ormuz | cs Hormuzský průliv
  sv Hormuzsundet | ru Ормузский пролив | uk Ормузька протока | zh 霍尔木兹海峡 | ja ホルムズ海峡
taiwan_strait - water
  en Taiwan Strait;Strait of Taiwan | it Stretto di Taiwan | fr détroit de Taïwan;détroit de Taiwan
  de Taiwanstraße;Straße von Taiwan | es estrecho de Taiwán | pt estreito de Taiwan
  nl Straat Taiwan | pl Cieśnina Tajwańska | cs Tchajwanský průliv | sv Taiwansundet
  ru Тайваньский пролив | uk Тайванська протока | zh 台湾海峡 | ja 台湾海峡
bosphorus TR water
  en Bosphorus;Bosporus | it Bosforo | fr Bosphore | de Bosporus | es Bósforo | pt Bósforo
  nl Bosporus | pl Bosfor | cs Bospor | sv Bosporen | ru Босфор | uk Босфор
  zh 博斯普鲁斯海峡 | ja ボスポラス海峡
dardanelles TR water
  en Dardanelles | it Dardanelli | fr Dardanelles | de Dardanellen | es Dardanelos
  pt Dardanelos | nl Dardanellen | pl Dardanele | cs Dardanely | sv Dardanellerna
  ru Дарданеллы | uk Дарданелли | zh 达达尼尔海峡 | ja ダーダネルス海峡
strait_of_gibraltar - water
  en Strait of Gibraltar | it Stretto di Gibilterra | fr détroit de Gibraltar
  de Straße von Gibraltar | es estrecho de Gibraltar | pt estreito de Gibraltar
  nl Straat van Gibraltar | pl Cieśnina Gibraltarska | cs Gibraltarský průliv
  sv Gibraltar sund | ru Гибралтарский пролив | uk Гібралтарська протока
  zh 直布罗陀海峡 | ja ジブラルタル海峡
kerch_strait - water
  en Kerch Strait | it Stretto di Kerch | fr détroit de Kertch
  de Straße von Kertsch;Meerenge von Kertsch | es estrecho de Kerch | pt estreito de Kerch
  nl Straat van Kertsj | pl Cieśnina Kerczeńska | cs Kerčský průliv | sv Kertjsundet
  ru Керченский пролив | uk Керченська протока | zh 刻赤海峡 | ja ケルチ海峡
bab_el_mandeb - water
  en Bab el-Mandeb;Bab al-Mandab | it Bab el-Mandeb | fr Bab el-Mandeb
  de Bab al-Mandab;Bab el-Mandeb | es Bab el-Mandeb | pt Bab el-Mandeb | nl Bab el-Mandeb
  pl Bab al-Mandab;Bab el-Mandeb | cs Bab al-Mandab;Bab-el-Mandeb | sv Bab el-Mandeb
  ru Баб-эль-Мандеб | uk Баб-ель-Мандеб | zh 曼德海峡 | ja バブ・エル・マンデブ海峡
strait_of_malacca - water
  en Strait of Malacca;Malacca Strait | it Stretto di Malacca | fr détroit de Malacca
  de Straße von Malakka | es estrecho de Malaca | pt estreito de Malaca | nl Straat Malakka
  pl Cieśnina Malakka | cs Malacký průliv | sv Malackasundet | ru Малаккский пролив
  uk Малаккська протока | zh 马六甲海峡 | ja マラッカ海峡
bering_strait - water
  en Bering Strait | it Stretto di Bering | fr détroit de Béring | de Beringstraße
  es estrecho de Bering | pt estreito de Bering | nl Beringstraat | pl Cieśnina Beringa
  cs Beringův průliv | sv Berings sund | ru Берингов пролив | uk Берингова протока
  zh 白令海峡 | ja ベーリング海峡
suez_canal EG water
  en Suez Canal | it Canale di Suez | fr canal de Suez | de Suezkanal | es canal de Suez
  pt canal de Suez | nl Suezkanaal | pl Kanał Sueski | cs Suezský průplav | sv Suezkanalen
  ru Суэцкий канал | uk Суецький канал | zh 苏伊士运河 | ja スエズ運河
panama_canal PA water
  en Panama Canal | it Canale di Panama | fr canal de Panama | de Panamakanal
  es canal de Panamá | pt canal do Panamá | nl Panamakanaal | pl Kanał Panamski
  cs Panamský průplav | sv Panamakanalen | ru Панамский канал | uk Панамський канал
  zh 巴拿马运河 | ja パナマ運河
gulf_of_finland - water
  en Gulf of Finland | it Golfo di Finlandia | fr golfe de Finlande | de Finnischer Meerbusen
  es golfo de Finlandia | pt golfo da Finlândia | nl Finse Golf | pl Zatoka Fińska
  cs Finský záliv | sv Finska viken | ru Финский залив | uk Фінська затока | zh 芬兰湾
  ja フィンランド湾
dead_sea - water
  en Dead Sea | it Mar Morto | fr mer Morte | de Totes Meer;Toten Meer | es mar Muerto
  pt mar Morto | nl Dode Zee | pl Morze Martwe | cs Mrtvé moře | sv Döda havet
  ru Мёртвое море;Мертвое море | uk Мертве море | zh 死海 | ja 死海
lake_baikal RU water
  en Lake Baikal;Baikal | it Lago Bajkal;Bajkal;Baikal | fr lac Baïkal;Baïkal | de Baikalsee
  es lago Baikal;Baikal | pt lago Baikal;Baikal | nl Baikalmeer | pl Bajkał | cs Bajkal
  sv Bajkalsjön | ru Байкал | uk Байкал | zh 贝加尔湖 | ja バイカル湖
lake_geneva - water
  en Lake Geneva | it Lago di Ginevra;Lago Lemano | fr lac Léman;Léman | de Genfersee
  es lago Lemán;lago de Ginebra | pt lago Léman;lago de Genebra | nl Meer van Genève
  pl Jezioro Genewskie | cs Ženevské jezero | sv Genèvesjön | ru Женевское озеро
  uk Женевське озеро | zh 日内瓦湖;莱芒湖 | ja レマン湖
kakhovka_reservoir UA water
  en Kakhovka Reservoir | it bacino di Kakhovka | fr réservoir de Kakhovka
  de Kachowka-Stausee | es embalse de Kajovka | pt reservatório de Kakhovka
  pl Zbiornik Kachowski | cs Kachovská přehrada | ru Каховское водохранилище
  uk Каховське водосховище | zh 卡霍夫卡水库 | ja カホフカ貯水池
# ---------------------------------------------------------------- rivers
danube - water
  en Danube | it Danubio | fr Danube | de Donau | es Danubio | pt Danúbio | nl Donau | pl Dunaj
  cs Dunaj | sv Donau | ru Дунай | uk Дунай | zh 多瑙河 | ja ドナウ川
rhine - water
  en Rhine | it Reno! | fr Rhin | de Rhein | es Rin | pt Reno! | nl Rijn | pl Ren | cs Rýn
  sv Rhen;Rhenfloden | ru Рейн | uk Рейн | zh 莱茵河 | ja ライン川
elbe - water
  en Elbe | it Elba! | fr Elbe | de Elbe | es Elba! | pt Elba! | nl Elbe | pl Łaba | cs Labe
  sv Elbe | ru Эльба! | uk Ельба! | zh 易北河 | ja エルベ川
oder - water
  en Oder | it Oder | fr Oder | de Oder! | es Óder;Oder | pt Oder | nl Oder | pl Odra | cs Odra
  sv Oder | ru Одер | uk Одер | zh 奥得河 | ja オーデル川
vistula - water
  en Vistula | it Vistola | fr Vistule | de Weichsel | es Vístula | pt Vístula
  nl Wisła;Weichsel | pl Wisła | cs Visla | sv Wisła;Weichsel | ru Висла | uk Вісла
  zh 维斯瓦河 | ja ヴィスワ川
dnieper - water
  en Dnieper;Dnipro River;Dnipro river | it Dnepr;Dniepr | fr Dniepr | de Dnepr | es Dniéper
  pt Dniepre;Dnieper | nl Dnjepr | pl Dniepr! | cs Dněpr | sv Dnepr | ru Днепр!
  uk Дніпро! | zh 第聂伯河 | ja ドニプロ川;ドニエプル川
dniester - water
  en Dniester;Dnister | it Dnestr;Nistro | fr Dniestr | de Dnister;Dnjestr | es Dniéster
  pt Dniestre;Dniester | nl Dnjestr | pl Dniestr | cs Dněstr | sv Dnestr | ru Днестр
  uk Дністер | zh 德涅斯特河 | ja ドニエストル川
don_river - water
  en Don River;River Don | fr Don! | de Don! | nl Don! | pl Don! | cs Don! | sv Don!
  ru Дон | uk Дон | zh 顿河 | ja ドン川
volga RU water
  en Volga | it Volga | fr Volga | de Wolga | es Volga | pt Volga | nl Wolga | pl Wołga
  cs Volha | sv Volga | ru Волга | uk Волга | zh 伏尔加河 | ja ヴォルガ川;ボルガ川
nile - water
  en Nile | it Nilo | fr Nil | de Nil | es Nilo | pt Nilo | nl Nijl | pl Nil | cs Nil | sv Nilen
  ru Нил | uk Ніл | zh 尼罗河 | ja ナイル川
thames GB water
  en Thames | it Tamigi | fr Tamise | de Themse | es Támesis | pt Tâmisa | nl Theems
  pl Tamiza | cs Temže | sv Themsen | ru Темза | uk Темза | zh 泰晤士河 | ja テムズ川
seine FR water
  en Seine | it Senna | fr Seine | de Seine! | es Sena | pt Sena! | nl Seine | pl Sekwana
  cs Seina | sv Seine | ru Сена | uk Сена | zh 塞纳河 | ja セーヌ川
po_river IT water
  en Po River;River Po | it Po | fr Pô | de Po! | es Po | pt Pó! | nl Po | pl Pad | cs Pád!
  sv Po | zh 波河 | ja ポー川
loire FR water
  * Loire | pl Loara | cs Loira | ru Луара | uk Луара | zh 卢瓦尔河 | ja ロワール川
rhone - water
  en Rhône;Rhone | it Rodano | fr Rhône | de Rhone | es Ródano | pt Ródano | nl Rhône
  pl Rodan | cs Rhôna | sv Rhône | ru Рона | uk Рона | zh 罗讷河 | ja ローヌ川
euphrates - water
  en Euphrates | it Eufrate | fr Euphrate | de Euphrat | es Éufrates | pt Eufrates
  nl Eufraat | pl Eufrat | cs Eufrat | sv Eufrat | ru Евфрат | uk Євфрат | zh 幼发拉底河
  ja ユーフラテス川
tigris - water
  en Tigris | it Tigri! | fr Tigre! | de Tigris | es Tigris | pt Tigre! | nl Tigris
  pl Tygrys! | cs Tigris | sv Tigris | ru Тигр! | uk Тигр! | zh 底格里斯河 | ja チグリス川
jordan_river - water
  en Jordan River;River Jordan | it fiume Giordano | fr Jourdain | de Jordan! | es Jordán
  pt Jordão | nl Jordaan! | pl Jordan! | cs Jordán | sv Jordanfloden | ru Иордан
  uk Йордан | zh 约旦河 | ja ヨルダン川
amazon_river - water
  en Amazon River;River Amazon | it Rio delle Amazzoni | fr Amazone | de Amazonas!
  es río Amazonas;Amazonas! | pt rio Amazonas;Amazonas! | nl Amazone | pl Amazonka
  cs Amazonka | sv Amazonfloden | ru Амазонка | uk Амазонка | zh 亚马孙河;亚马逊河 | ja アマゾン川
yangtze CN water
  en Yangtze;Yangtze River | it Yangtze;Fiume Azzurro | fr Yangzi Jiang;Yangtsé;fleuve Bleu
  de Jangtse | es Yangtsé;río Yangtsé | pt Yangtzé;rio Yangtzé | nl Jangtsekiang;Jangtse
  pl Jangcy | cs Jang-c’-ťiang;Jang-ce | sv Yangtze;Yangtzefloden | ru Янцзы | uk Янцзи
  zh 长江 | ja 長江;揚子江
yellow_river CN water
  en Yellow River | it Fiume Giallo | fr fleuve Jaune | de Gelber Fluss | es río Amarillo
  pt rio Amarelo | nl Gele Rivier | pl Huang He;Żółta Rzeka | cs Žlutá řeka | sv Gula floden
  ru Хуанхэ | uk Хуанхе | zh 黄河 | ja 黄河
mekong - water
  * Mekong | ru Меконг | uk Меконг | zh 湄公河 | ja メコン川
ganges - water
  en Ganges | it Gange | fr Gange | de Ganges | es Ganges | pt Ganges | nl Ganges
  pl Ganges | cs Ganga;Ganges | sv Ganges | ru Ганг | uk Ганг | zh 恒河 | ja ガンジス川
# ---------------------------------------------------------------- mountains
alps - mountain
  en Alps | it Alpi | fr Alpes | de Alpen | es Alpes | pt Alpes | nl Alpen | pl Alpy | cs Alpy
  sv Alperna | ru Альпы | uk Альпи | zh 阿尔卑斯山;阿尔卑斯山脉 | ja アルプス;アルプス山脈
himalayas - mountain
  en Himalayas;Himalaya | it Himalaya | fr Himalaya | de Himalaya | es Himalaya;Himalayas
  pt Himalaia;Himalaias | nl Himalaya | pl Himalaje | cs Himálaj | sv Himalaya | ru Гималаи
  uk Гімалаї | zh 喜马拉雅山;喜马拉雅山脉 | ja ヒマラヤ;ヒマラヤ山脈
urals RU mountain
  en Urals;Ural Mountains | it Urali;Monti Urali | fr Oural | de Ural | es Urales
  pt Urais;Montes Urais | nl Oeral | pl Ural | cs Ural | sv Ural;Uralbergen | ru Урал
  uk Урал | zh 乌拉尔山;乌拉尔山脉 | ja ウラル山脈
andes - mountain
  en Andes | it Ande | fr Andes;cordillère des Andes | de Anden | es Andes;cordillera de los Andes
  pt Andes;cordilheira dos Andes | nl Andes | pl Andy | cs Andy | sv Anderna | ru Анды
  uk Анди | zh 安第斯山;安第斯山脉 | ja アンデス;アンデス山脈
pyrenees - mountain
  en Pyrenees | it Pirenei | fr Pyrénées | de Pyrenäen | es Pirineos;Pirineo
  pt Pirenéus;Pireneus | nl Pyreneeën | pl Pireneje | cs Pyreneje | sv Pyrenéerna
  ru Пиренеи | uk Піренеї | zh 比利牛斯山;比利牛斯山脉 | ja ピレネー;ピレネー山脈
carpathians - mountain
  en Carpathians;Carpathian Mountains | it Carpazi | fr Carpates | de Karpaten
  es Cárpatos | pt Cárpatos | nl Karpaten | pl Karpaty | cs Karpaty | sv Karpaterna
  ru Карпаты | uk Карпати | zh 喀尔巴阡山;喀尔巴阡山脉 | ja カルパチア山脈;カルパティア山脈
apennines IT mountain
  en Apennines | it Appennini;Appennino | fr Apennins | de Apennin | es Apeninos
  pt Apeninos | nl Apennijnen | pl Apeniny | cs Apeniny | sv Apenninerna | ru Апеннины
  uk Апенніни | zh 亚平宁山脉 | ja アペニン山脈
dolomites IT mountain
  en Dolomites | it Dolomiti | fr Dolomites | de Dolomiten | es Dolomitas | pt Dolomitas
  nl Dolomieten | pl Dolomity | cs Dolomity | sv Dolomiterna | ru Доломиты | uk Доломіти
  zh 多洛米蒂山 | ja ドロミーティ
tatra_mountains - mountain
  en Tatras;Tatra Mountains | it Monti Tatra | fr Tatras | de Tatra | es Tatras | pt Tatras
  nl Tatra | pl Tatry | cs Tatry | sv Tatra | ru Татры | uk Татри | zh 塔特拉山脉 | ja タトラ山脈
rocky_mountains - mountain
  en Rocky Mountains;Rockies | it Montagne Rocciose | fr montagnes Rocheuses;Rocheuses
  de Rocky Mountains | es montañas Rocosas;Rocosas | pt Montanhas Rochosas
  nl Rocky Mountains | pl Góry Skaliste | cs Skalnaté hory | sv Klippiga bergen
  ru Скалистые горы | uk Скелясті гори | zh 落基山脉;洛基山脉 | ja ロッキー山脈
hindu_kush - mountain
  en Hindu Kush | it Hindu Kush | fr Hindou Kouch | de Hindukusch | es Hindu Kush
  pt Hindu Kush | nl Hindoekoesj | pl Hindukusz | cs Hindúkuš | sv Hindukush | ru Гиндукуш
  uk Гіндукуш | zh 兴都库什山脉 | ja ヒンドゥークシュ山脈
mount_everest - mountain
  en Mount Everest;Everest | it Everest;Monte Everest | fr Everest;mont Everest
  de Mount Everest;Everest | es Everest;monte Everest | pt Everest;monte Everest
  nl Mount Everest;Everest | pl Mount Everest;Everest | cs Mount Everest;Everest
  sv Mount Everest;Everest | ru Эверест;Джомолунгма | uk Еверест;Джомолунгма
  zh 珠穆朗玛峰;珠峰 | ja エベレスト;チョモランマ
mont_blanc - mountain
  en Mont Blanc | it Monte Bianco | fr mont Blanc;Mont-Blanc | de Mont Blanc
  es Mont Blanc | pt Monte Branco;Mont Blanc | nl Mont Blanc | pl Mont Blanc | cs Mont Blanc
  sv Mont Blanc | ru Монблан | uk Монблан | zh 勃朗峰 | ja モンブラン!
mount_etna IT mountain
  en Etna;Mount Etna | it Etna | fr Etna | de Ätna | es Etna | pt Etna | nl Etna | pl Etna
  cs Etna | sv Etna | ru Этна | uk Етна | zh 埃特纳火山 | ja エトナ山;エトナ火山
vesuvius IT mountain
  en Vesuvius;Mount Vesuvius | it Vesuvio | fr Vésuve | de Vesuv | es Vesubio | pt Vesúvio
  nl Vesuvius | pl Wezuwiusz | cs Vesuv | sv Vesuvius | ru Везувий | uk Везувій
  zh 维苏威火山 | ja ヴェスヴィオ山;ベスビオ山
mount_fuji JP mountain
  en Mount Fuji | it Monte Fuji | fr mont Fuji | de Fuji;Fujisan | es monte Fuji
  pt monte Fuji | nl Fuji;Fujiyama | pl Fudżi;Fudżijama | cs Fudži;Fudžijama | sv Fuji;Fujiyama
  ru Фудзи;Фудзияма | uk Фудзі;Фудзіяма | zh 富士山 | ja 富士山
kilimanjaro TZ mountain
  en Kilimanjaro | it Kilimangiaro | fr Kilimandjaro | de Kilimandscharo | es Kilimanjaro
  pt Kilimanjaro;Quilimanjaro | nl Kilimanjaro | pl Kilimandżaro | cs Kilimandžáro
  sv Kilimanjaro | ru Килиманджаро | uk Кіліманджаро | zh 乞力马扎罗山 | ja キリマンジャロ
# ---------------------------------------------------------------- Germany, Austria, Switzerland
hamburg DE city
  en,fr,de,nl,sv,pl Hamburg | it Amburgo | es,pt Hamburgo | cs Hamburk | ru Гамбург | uk Гамбург
  zh 汉堡! | ja ハンブルク
munich DE city
  en Munich | fr Munich | it Monaco di Baviera | de,nl,sv München | es Múnich | pt Munique
  pl Monachium | cs Mnichov | ru Мюнхен | uk Мюнхен | zh 慕尼黑 | ja ミュンヘン
cologne DE city
  en Cologne | fr Cologne | it Colonia! | es Colonia! | pt Colônia!;Colónia! | de,sv Köln
  nl Keulen | pl Kolonia! | cs Kolín nad Rýnem | ru Кёльн;Кельн | uk Кельн | zh 科隆 | ja ケルン
frankfurt DE city
  en,pt,nl,sv Frankfurt | fr Francfort | it Francoforte | de Frankfurt;Frankfurt am Main
  es Fráncfort;Frankfurt | pl Frankfurt;Frankfurt nad Menem | cs Frankfurt;Frankfurt nad Mohanem
  ru Франкфурт;Франкфурт-на-Майне | uk Франкфурт;Франкфурт-на-Майні | zh 法兰克福
  ja フランクフルト
stuttgart DE city
  * Stuttgart | ru Штутгарт | uk Штутгарт | zh 斯图加特 | ja シュトゥットガルト
dusseldorf DE city
  * Düsseldorf | en Düsseldorf;Dusseldorf | ru Дюссельдорф | uk Дюссельдорф | zh 杜塞尔多夫
  ja デュッセルドルフ
leipzig DE city
  * Leipzig | it Lipsia | pl Lipsk | cs Lipsko | ru Лейпциг | uk Лейпциг | zh 莱比锡
  ja ライプツィヒ;ライプチヒ
dortmund DE city
  * Dortmund | ru Дортмунд | uk Дортмунд | zh 多特蒙德 | ja ドルトムント
essen DE city
  * Essen | de Essen! | ru Эссен | uk Ессен | zh 埃森 | ja エッセン
bremen DE city
  * Bremen | it Brema | fr Brême | pl Brema | cs Brémy | ru Бремен | uk Бремен | zh 不来梅
  ja ブレーメン
dresden DE city
  * Dresden | it Dresda | fr Dresde | es Dresde | pl Drezno | cs Drážďany | ru Дрезден
  uk Дрезден | zh 德累斯顿 | ja ドレスデン
hanover DE city
  en Hanover;Hannover | it,de,nl,sv,cs Hannover | fr Hanovre | es Hannover;Hanóver
  pt Hanôver;Hannover | pl Hanower | ru Ганновер | uk Ганновер | zh 汉诺威
  ja ハノーファー;ハノーバー
nuremberg DE city
  en,fr Nuremberg | it Norimberga | de,sv Nürnberg | es Núremberg | pt Nuremberga;Nuremberg
  nl Neurenberg | pl Norymberga | cs Norimberk | ru Нюрнберг | uk Нюрнберг | zh 纽伦堡
  ja ニュルンベルク
duisburg DE city
  * Duisburg | ru Дуйсбург | uk Дуйсбург | zh 杜伊斯堡 | ja デュースブルク
bochum DE city
  * Bochum | ru Бохум | uk Бохум | zh 波鸿 | ja ボーフム
wuppertal DE city
  * Wuppertal | ru Вупперталь | uk Вупперталь | zh 伍珀塔尔 | ja ヴッパータール
bielefeld DE city
  * Bielefeld | ru Билефельд | uk Білефельд | zh 比勒费尔德 | ja ビーレフェルト
bonn DE city
  * Bonn | ru Бонн | uk Бонн | zh 波恩 | ja ボン
munster DE city
  * Münster | de Münster! | ru Мюнстер | uk Мюнстер | zh 明斯特 | ja ミュンスター
mannheim DE city
  * Mannheim | ru Мангейм;Маннгейм | uk Мангайм;Мангейм | zh 曼海姆 | ja マンハイム
karlsruhe DE city
  * Karlsruhe | ru Карлсруэ | uk Карлсруе | zh 卡尔斯鲁厄 | ja カールスルーエ
augsburg DE city
  * Augsburg | fr Augsbourg | es,pt Augsburgo | ru Аугсбург | uk Аугсбург | zh 奥格斯堡
  ja アウクスブルク
wiesbaden DE city
  * Wiesbaden | ru Висбаден | uk Вісбаден | zh 威斯巴登 | ja ヴィースバーデン
aachen DE city
  en,de,sv,pt Aachen | fr Aix-la-Chapelle | it Aquisgrana | es Aquisgrán | nl Aken!
  pl Akwizgran | cs Cáchy | ru Ахен | uk Ахен | zh 亚琛 | ja アーヘン
kiel DE city
  * Kiel | ru Киль | uk Кіль | zh 基尔 | ja キール
chemnitz DE city
  * Chemnitz | ru Хемниц | uk Хемніц | zh 开姆尼茨 | ja ケムニッツ
magdeburg DE city
  * Magdeburg | it,es,pt Magdeburgo | fr Magdebourg | cs Magdeburk | ru Магдебург
  uk Магдебург | zh 马格德堡 | ja マクデブルク
mainz DE city
  * Mainz | it Magonza | fr Mayence | es Maguncia | pt Mainz;Mogúncia | pl Moguncja | cs Mohuč
  ru Майнц | uk Майнц | zh 美因茨 | ja マインツ
potsdam DE city
  * Potsdam | pl Poczdam | cs Postupim | ru Потсдам | uk Потсдам | zh 波茨坦 | ja ポツダム
erfurt DE city
  * Erfurt | ru Эрфурт | uk Ерфурт | zh 埃尔福特 | ja エアフルト
solingen DE city
  * Solingen | ru Золинген | uk Золінген | zh 索林根 | ja ゾーリンゲン
ramstein DE area
  en Ramstein;Ramstein Air Base | * Ramstein | ru Рамштайн | uk Рамштайн | zh 拉姆施泰因
  ja ラムシュタイン
bavaria DE region
  en Bavaria | it,es,pt Baviera | fr Bavière | de Bayern | nl Beieren | pl Bawaria
  cs Bavorsko | sv Bayern | ru Бавария | uk Баварія | zh 巴伐利亚 | ja バイエルン!;バイエルン州
baden_wurttemberg DE region
  * Baden-Württemberg | ru Баден-Вюртемберг | uk Баден-Вюртемберг | zh 巴登-符腾堡
  ja バーデン・ヴュルテンベルク州
north_rhine_westphalia DE region
  en North Rhine-Westphalia | it Renania Settentrionale-Vestfalia
  fr Rhénanie-du-Nord-Westphalie | de Nordrhein-Westfalen;NRW | es Renania del Norte-Westfalia
  pt Renânia do Norte-Vestfália | nl Noordrijn-Westfalen | pl Nadrenia Północna-Westfalia
  cs Severní Porýní-Vestfálsko | sv Nordrhein-Westfalen | ru Северный Рейн-Вестфалия
  uk Північний Рейн-Вестфалія | zh 北莱茵-威斯特法伦 | ja ノルトライン・ヴェストファーレン州
hesse DE region
  en Hesse! | it Assia | fr Hesse! | de Hessen | es Hesse! | pt Hesse! | nl Hessen | pl Hesja
  cs Hesensko | sv Hessen | ru Гессен | uk Гессен | zh 黑森 | ja ヘッセン州
lower_saxony DE region
  en Lower Saxony | it Bassa Sassonia | fr Basse-Saxe | de Niedersachsen | es Baja Sajonia
  pt Baixa Saxônia;Baixa Saxónia | nl Nedersaksen | pl Dolna Saksonia | cs Dolní Sasko
  sv Niedersachsen | ru Нижняя Саксония | uk Нижня Саксонія | zh 下萨克森 | ja ニーダーザクセン州
saxony DE region
  en Saxony | it Sassonia | fr Saxe | de Sachsen | es Sajonia | pt Saxônia;Saxónia | nl Saksen
  pl Saksonia | cs Sasko | sv Sachsen | ru Саксония | uk Саксонія | zh 萨克森 | ja ザクセン州
thuringia DE region
  en Thuringia | it Turingia | fr Thuringe | de Thüringen | es Turingia | pt Turíngia
  nl Thüringen | pl Turyngia | cs Durynsko | sv Thüringen | ru Тюрингия | uk Тюрингія
  zh 图林根 | ja テューリンゲン州
saxony_anhalt DE region
  en Saxony-Anhalt | it Sassonia-Anhalt | fr Saxe-Anhalt | de Sachsen-Anhalt
  es Sajonia-Anhalt | pt Saxônia-Anhalt;Saxónia-Anhalt | nl Saksen-Anhalt
  pl Saksonia-Anhalt | cs Sasko-Anhaltsko | sv Sachsen-Anhalt | ru Саксония-Анхальт
  uk Саксонія-Ангальт | zh 萨克森-安哈尔特 | ja ザクセン・アンハルト州
brandenburg DE region
  * Brandenburg | it,es Brandeburgo | fr Brandebourg | pt Brandemburgo | pl Brandenburgia
  cs Braniborsko | ru Бранденбург | uk Бранденбург | zh 勃兰登堡 | ja ブランデンブルク州
mecklenburg_western_pomerania DE region
  en Mecklenburg-Western Pomerania;Mecklenburg-Vorpommern | de,sv Mecklenburg-Vorpommern
  it Meclemburgo-Pomerania Anteriore | fr Mecklembourg-Poméranie-Occidentale
  es Mecklemburgo-Pomerania Occidental | pt Meclemburgo-Pomerânia Ocidental
  nl Mecklenburg-Voor-Pommeren | pl Meklemburgia-Pomorze Przednie
  cs Meklenbursko-Přední Pomořansko | ru Мекленбург-Передняя Померания
  uk Мекленбург-Передня Померанія | zh 梅克伦堡-前波莫瑞 | ja メクレンブルク・フォアポンメルン州
rhineland_palatinate DE region
  en Rhineland-Palatinate | it Renania-Palatinato | fr Rhénanie-Palatinat
  de,sv Rheinland-Pfalz | es Renania-Palatinado | pt Renânia-Palatinado | nl Rijnland-Palts
  pl Nadrenia-Palatynat | cs Porýní-Falc | ru Рейнланд-Пфальц | uk Рейнланд-Пфальц
  zh 莱茵兰-普法尔茨 | ja ラインラント・プファルツ州
saarland DE region
  en,it,de,nl,sv Saarland | fr Sarre! | es,pt Sarre | pl Saara | cs Sársko | ru Саар;Саарланд
  uk Саар;Саарланд | zh 萨尔州 | ja ザールラント州
schleswig_holstein DE region
  * Schleswig-Holstein | pl Szlezwik-Holsztyn | cs Šlesvicko-Holštýnsko
  ru Шлезвиг-Гольштейн | uk Шлезвіг-Гольштейн | zh 石勒苏益格-荷尔斯泰因
  ja シュレースヴィヒ・ホルシュタイン州
graz AT city
  * Graz | ru Грац | uk Грац | zh 格拉茨 | ja グラーツ
salzburg AT city
  * Salzburg | it Salisburgo | fr Salzbourg | es,pt Salzburgo | cs Salcburk | ru Зальцбург
  uk Зальцбург | zh 萨尔茨堡 | ja ザルツブルク
tyrol AT region
  en Tyrol | it Tirolo | fr Tyrol | de,es,pt,nl Tirol | pl Tyrol | cs Tyrolsko | sv Tyrolen
  ru Тироль | uk Тіроль | zh 蒂罗尔 | ja チロル
zurich CH city z:Europe/Zurich
  en Zurich;Zürich | it Zurigo | fr Zurich | de,nl,sv Zürich | es Zúrich | pt Zurique
  pl Zurych | cs Curych | ru Цюрих | uk Цюрих;Цюріх | zh 苏黎世 | ja チューリッヒ
geneva CH city
  en Geneva | it Ginevra | fr,nl,sv Genève | de Genf | es Ginebra | pt Genebra | pl Genewa
  cs Ženeva | ru Женева | uk Женева | zh 日内瓦 | ja ジュネーブ;ジュネーヴ
basel CH city
  en Basel;Basle | it Basilea | fr Bâle | de,sv Basel | es Basilea | pt Basileia | nl Bazel
  pl Bazylea | cs Basilej | ru Базель | uk Базель | zh 巴塞尔 | ja バーゼル
lausanne CH city
  * Lausanne | es,pt Lausana | pl Lozanna | ru Лозанна | uk Лозанна | zh 洛桑 | ja ローザンヌ
davos CH city
  * Davos | ru Давос | uk Давос | zh 达沃斯 | ja ダボス
# ---------------------------------------------------------------- Italy
milan IT city
  en Milan | it Milano | fr Milan | de Mailand | es Milán | pt Milão | nl Milaan | pl Mediolan
  cs Milán! | sv Milano | ru Милан | uk Мілан | zh 米兰 | ja ミラノ
naples IT city
  en Naples | it Napoli | fr Naples | de Neapel | es Nápoles | pt Nápoles | nl Napels
  pl Neapol | cs Neapol | sv Neapel | ru Неаполь | uk Неаполь | zh 那不勒斯 | ja ナポリ
turin IT city
  en,fr,de,sv Turin | it Torino | es Turín | pt Turim | nl Turijn | pl Turyn | cs Turín
  ru Турин | uk Турин | zh 都灵 | ja トリノ
palermo IT city
  * Palermo | ru Палермо | uk Палермо | zh 巴勒莫 | ja パレルモ
genoa IT city
  en Genoa | it Genova | fr Gênes | de,nl,pl,sv Genua | es Génova | pt Gênova;Génova
  cs Janov | ru Генуя | uk Генуя | zh 热那亚 | ja ジェノヴァ;ジェノバ
bologna IT city
  * Bologna | fr Bologne | es Bolonia | pt Bolonha | pl Bolonia | cs Boloňa | ru Болонья
  uk Болонья | zh 博洛尼亚 | ja ボローニャ
florence IT city
  en Florence! | it Firenze | fr Florence! | de Florenz | es Florencia! | pt Florença
  nl Florence! | pl Florencja | cs Florencie | sv Florens | ru Флоренция | uk Флоренція
  zh 佛罗伦萨 | ja フィレンツェ
bari IT city
  * Bari | ru Бари | uk Барі | zh 巴里 | ja バーリ
catania IT city
  * Catania | fr Catane | ru Катания | uk Катанія | zh 卡塔尼亚 | ja カターニア
venice IT city
  en Venice | it Venezia | fr Venise | de Venedig | es Venecia | pt Veneza | nl Venetië
  pl Wenecja | cs Benátky | sv Venedig | ru Венеция | uk Венеція | zh 威尼斯
  ja ヴェネツィア;ベネチア
verona IT city
  * Verona | fr Vérone | pl Werona | ru Верона | uk Верона | zh 维罗纳 | ja ヴェローナ
trieste IT city
  * Trieste | de Triest | pl Triest | cs Terst | ru Триест | uk Трієст | zh 的里雅斯特
  ja トリエステ
bergamo IT city
  * Bergamo | ru Бергамо | uk Бергамо | zh 贝加莫 | ja ベルガモ
lampedusa IT city
  * Lampedusa | ru Лампедуза | uk Лампедуза | zh 兰佩杜萨 | ja ランペドゥーザ;ランペドゥーサ
lombardy IT region
  en Lombardy | it,pt,pl Lombardia | fr Lombardie | de Lombardei | es Lombardía
  nl Lombardije | cs Lombardie | sv Lombardiet | ru Ломбардия | uk Ломбардія | zh 伦巴第
  ja ロンバルディア州;ロンバルディア
lazio IT region
  en Lazio! | it Lazio! | fr Latium | de Latium | es Lacio | pt Lácio | nl Lazio! | pl Lacjum
  cs Lazio! | sv Lazio! | ru Лацио! | uk Лаціо! | zh 拉齐奥! | ja ラツィオ州
campania IT region
  en,it,es Campania | fr Campanie | de Kampanien | pt Campânia | nl Campanië | pl Kampania!
  cs Kampánie | sv Kampanien | ru Кампания! | uk Кампанія! | zh 坎帕尼亚 | ja カンパニア州
sicily IT region
  en Sicily | it Sicilia | fr Sicile | de Sizilien | es Sicilia | pt Sicília | nl Sicilië
  pl Sycylia | cs Sicílie | sv Sicilien | ru Сицилия | uk Сицилія | zh 西西里;西西里岛
  ja シチリア;シチリア島
veneto IT region
  en,it,nl,sv Veneto | fr Vénétie | de Venetien | es Véneto | pt Vêneto;Véneto
  pl Wenecja Euganejska | cs Benátsko | ru Венето | uk Венето | zh 威尼托 | ja ヴェネト州
emilia_romagna IT region
  * Emilia-Romagna | fr Émilie-Romagne | es Emilia-Romaña | pt Emília-Romanha
  pl Emilia-Romania | ru Эмилия-Романья | uk Емілія-Романья | zh 艾米利亚-罗马涅
  ja エミリア・ロマーニャ州
piedmont IT region
  en Piedmont | it,pt,sv Piemonte | fr Piémont | de,pl,cs Piemont | es Piamonte | nl Piëmont
  ru Пьемонт | uk П’ємонт | zh 皮埃蒙特 | ja ピエモンテ州
apulia IT region
  en Apulia;Puglia | it Puglia | fr Pouilles | de Apulien | es,pl Apulia | pt Apúlia
  nl Apulië | cs Apulie | sv Apulien | ru Апулия | uk Апулія | zh 普利亚 | ja プーリア州
tuscany IT region
  en Tuscany | it,es,pt,sv Toscana | fr,nl Toscane | de Toskana | pl Toskania | cs Toskánsko
  ru Тоскана | uk Тоскана | zh 托斯卡纳 | ja トスカーナ州;トスカーナ
calabria IT region
  * Calabria | fr Calabre | de Kalabrien | pt Calábria | nl Calabrië | pl Kalabria
  cs Kalábrie | sv Kalabrien | ru Калабрия | uk Калабрія | zh 卡拉布里亚 | ja カラブリア州
sardinia IT region
  en Sardinia | it Sardegna | fr Sardaigne | de,sv Sardinien | es Cerdeña | pt Sardenha
  nl Sardinië | pl Sardynia | cs Sardinie | ru Сардиния | uk Сардинія | zh 撒丁岛;撒丁
  ja サルデーニャ;サルデーニャ島
liguria IT region
  * Liguria | fr Ligurie | de,sv Ligurien | pt Ligúria | nl Ligurië | cs Ligurie
  ru Лигурия | uk Лігурія | zh 利古里亚 | ja リグーリア州
marche IT region
  en,it,nl,pl,cs,sv Marche | fr Marches | de Marken! | es Marcas! | pt Marcas! | ru Марке
  uk Марке | zh 马尔凯 | ja マルケ州
abruzzo IT region
  * Abruzzo | fr Abruzzes | de,nl Abruzzen | es,pt Abruzos | pl Abruzja | ru Абруццо
  uk Абруццо | zh 阿布鲁佐 | ja アブルッツォ州
friuli_venezia_giulia IT region
  * Friuli-Venezia Giulia | fr Frioul-Vénétie julienne | de Friaul-Julisch Venetien
  es Friuli-Venecia Julia | pt Friul-Veneza Júlia | pl Friuli-Wenecja Julijska
  cs Furlánsko-Julské Benátsko | ru Фриули-Венеция-Джулия | uk Фріулі-Венеція-Джулія
  zh 弗留利-威尼斯朱利亚 | ja フリウリ・ヴェネツィア・ジュリア州
trentino_alto_adige IT region
  * Trentino-Alto Adige | de Trentino-Südtirol | fr Trentin-Haut-Adige
  es Trentino-Alto Adigio | pt Trentino-Alto Ádige | pl Trydent-Górna Adyga
  cs Tridentsko-Horní Adiže | ru Трентино-Альто-Адидже | uk Трентіно-Альто-Адідже
  zh 特伦蒂诺-上阿迪杰 | ja トレンティーノ・アルト・アディジェ州
south_tyrol IT region
  en South Tyrol | it Alto Adige | fr Haut-Adige;Tyrol du Sud | de Südtirol | es Tirol del Sur
  pt Tirol do Sul | nl Zuid-Tirol | pl Tyrol Południowy | cs Jižní Tyrolsko | sv Sydtyrolen
  ru Южный Тироль | uk Південний Тіроль | zh 南蒂罗尔 | ja 南チロル
umbria IT region
  * Umbria | fr Ombrie | de Umbrien | pt Úmbria | nl Umbrië | cs Umbrie | sv Umbrien
  ru Умбрия | uk Умбрія | zh 翁布里亚 | ja ウンブリア州
basilicata IT region
  * Basilicata | fr Basilicate | de Basilikata | ru Базиликата | uk Базиліката | zh 巴西利卡塔
  ja バジリカータ州
molise IT region
  * Molise | ru Молизе | uk Молізе | zh 莫利塞 | ja モリーゼ州
aosta_valley IT region
  en Aosta Valley | it,nl Valle d’Aosta | fr Vallée d’Aoste | de Aostatal | es Valle de Aosta
  pt Vale de Aosta | pl Dolina Aosty | cs Údolí Aosty | sv Aostadalen | ru Валле-д’Аоста
  uk Валле-д’Аоста | zh 瓦莱达奥斯塔 | ja ヴァッレ・ダオスタ州
# ---------------------------------------------------------------- France
marseille FR city
  en Marseille;Marseilles | it Marsiglia | fr,de,nl,sv,cs Marseille | es Marsella | pt Marselha
  pl Marsylia | ru Марсель | uk Марсель | zh 马赛 | ja マルセイユ
lyon FR city
  en,fr,de,nl,sv,cs,pl,es Lyon | it Lione | pt Lyon;Lião | ru Лион | uk Ліон | zh 里昂 | ja リヨン
toulouse FR city
  * Toulouse | it Tolosa | pl Tuluza | ru Тулуза | uk Тулуза | zh 图卢兹 | ja トゥールーズ
nice FR city
  en Nice! | fr Nice | it,de Nizza | es Niza | pt Nice | nl Nice! | pl Nicea | cs Nice
  sv Nice! | ru Ницца | uk Ніцца | zh 尼斯 | ja ニース
nantes FR city
  * Nantes | ru Нант | uk Нант | zh 南特 | ja ナント
montpellier FR city
  * Montpellier | ru Монпелье | uk Монпельє | zh 蒙彼利埃 | ja モンペリエ
strasbourg FR city
  en,fr,sv Strasbourg | it Strasburgo | de Straßburg | es,pt Estrasburgo | nl Straatsburg
  pl Strasburg | cs Štrasburk | ru Страсбург | uk Страсбург | zh 斯特拉斯堡 | ja ストラスブール
bordeaux FR city
  * Bordeaux | es Burdeos | pt Bordéus;Bordeaux | ru Бордо | uk Бордо | zh 波尔多 | ja ボルドー
lille FR city
  * Lille | it Lilla | ru Лилль | uk Лілль | zh 里尔 | ja リール
calais FR city
  * Calais | ru Кале | uk Кале | zh 加来 | ja カレー!
cannes FR city
  * Cannes | ru Канны | uk Канни | zh 戛纳 | ja カンヌ
ile_de_france FR region
  * Île-de-France | ru Иль-де-Франс | uk Іль-де-Франс | zh 法兰西岛 | ja イル・ド・フランス
brittany FR region
  en Brittany | it Bretagna | fr,de,nl,sv Bretagne | es Bretaña | pt Bretanha | pl Bretania
  cs Bretaň | ru Бретань | uk Бретань | zh 布列塔尼 | ja ブルターニュ
normandy FR region
  en Normandy | it,pt,pl Normandia | fr,de,cs,sv Normandie | es Normandía | nl Normandië
  ru Нормандия | uk Нормандія | zh 诺曼底 | ja ノルマンディー
corsica FR region
  en,it,nl Corsica | fr Corse | de,sv Korsika | es Córcega | pt Córsega | pl Korsyka
  cs Korsika | ru Корсика | uk Корсика | zh 科西嘉;科西嘉岛 | ja コルシカ;コルシカ島
provence FR region
  en,fr,de,nl,cs,sv Provence | it,es Provenza | pt Provença | pl Prowansja | ru Прованс
  uk Прованс | zh 普罗旺斯 | ja プロヴァンス;プロバンス
alsace FR region
  en,fr Alsace | it Alsazia | de Elsass | es Alsacia | pt Alsácia | nl Elzas | pl Alzacja
  cs Alsasko | sv Alsace;Elsass | ru Эльзас | uk Ельзас | zh 阿尔萨斯 | ja アルザス
occitanie FR region
  en Occitanie;Occitania | fr Occitanie | it,es Occitania | de Okzitanien | pt Occitânia
  nl Occitanië | pl Oksytania | cs Okcitánie | sv Occitanien | ru Окситания | uk Окситанія
  zh 奥克西塔尼 | ja オクシタニー
hauts_de_france FR region
  * Hauts-de-France | ru О-де-Франс | uk О-де-Франс | zh 上法兰西 | ja オー・ド・フランス
grand_est FR region
  * Grand Est | ru Гранд-Эст | uk Гранд-Ест | zh 大东部 | ja グラン・テスト
nouvelle_aquitaine FR region
  * Nouvelle-Aquitaine | it Nuova Aquitania | es Nueva Aquitania | pt Nova Aquitânia
  ru Новая Аквитания | uk Нова Аквітанія | zh 新阿基坦 | ja ヌーヴェル・アキテーヌ
auvergne_rhone_alpes FR region
  * Auvergne-Rhône-Alpes | ru Овернь-Рона-Альпы | uk Овернь-Рона-Альпи
  zh 奥弗涅-罗讷-阿尔卑斯 | ja オーヴェルニュ・ローヌ・アルプ
provence_alpes_cote_d_azur FR region
  * Provence-Alpes-Côte d’Azur;PACA | ru Прованс-Альпы-Лазурный Берег
  uk Прованс-Альпи-Лазурний Берег | zh 普罗旺斯-阿尔卑斯-蓝色海岸
  ja プロヴァンス・アルプ・コート・ダジュール
pays_de_la_loire FR region
  * Pays de la Loire | it Paesi della Loira | es País del Loira | ru Пеи-де-ла-Луар
  uk Пеї-де-ла-Луар | zh 卢瓦尔河地区 | ja ペイ・ド・ラ・ロワール
centre_val_de_loire FR region
  * Centre-Val de Loire | ru Центр-Долина Луары | uk Центр-Долина Луари | zh 中央-卢瓦尔河谷
  ja サントル・ヴァル・ド・ロワール
bourgogne_franche_comte FR region
  * Bourgogne-Franche-Comté | en Bourgogne-Franche-Comté;Burgundy-Franche-Comté
  ru Бургундия-Франш-Конте | uk Бургундія-Франш-Конте | zh 勃艮第-弗朗什-孔泰
  ja ブルゴーニュ・フランシュ・コンテ
cote_d_azur FR region
  en French Riviera;Côte d’Azur | it Costa Azzurra | fr,de,nl Côte d’Azur | es,pt Costa Azul
  pl Lazurowe Wybrzeże | cs Azurové pobřeží | sv Franska rivieran | ru Лазурный Берег;Лазурный берег
  uk Лазурний Берег | zh 蔚蓝海岸 | ja コート・ダジュール
new_caledonia FR region t:NC
# ---------------------------------------------------------------- Benelux
the_hague NL city
  en The Hague | it Aia | fr La Haye | de,nl Den Haag | es La Haya | pt Haia | pl Haga
  cs,sv Haag | ru Гаага | uk Гаага | zh 海牙 | ja ハーグ
rotterdam NL city
  * Rotterdam | ru Роттердам | uk Роттердам | zh 鹿特丹 | ja ロッテルダム
utrecht NL city
  * Utrecht | ru Утрехт | uk Утрехт | zh 乌得勒支 | ja ユトレヒト
antwerp BE city
  en Antwerp | it Anversa | fr Anvers | de,nl,sv Antwerpen | es Amberes | pt Antuérpia
  pl Antwerpia | cs Antverpy | ru Антверпен | uk Антверпен | zh 安特卫普
  ja アントワープ;アントウェルペン
ghent BE city
  en Ghent | it,fr Gand | de,nl,sv,cs Gent | es,pt Gante | pl Gandawa | ru Гент | uk Гент
  zh 根特 | ja ゲント;ヘント
liege BE city
  en Liège;Liege | fr,pt,pl,sv Liège | it Liegi | de Lüttich | es Lieja | nl Luik! | cs Lutych
  ru Льеж | uk Льєж | zh 列日 | ja リエージュ
flanders BE region
  en Flanders | it Fiandre | fr Flandre | de,sv Flandern | es Flandes | pt Flandres
  nl Vlaanderen | pl Flandria | cs Flandry | ru Фландрия | uk Фландрія | zh 佛兰德
  ja フランドル;フランデレン
wallonia BE region
  en Wallonia | it Vallonia | fr Wallonie | de Wallonien | es Valonia | pt Valônia;Valónia
  nl Wallonië | pl Walonia | cs Valonsko | sv Vallonien | ru Валлония | uk Валлонія
  zh 瓦隆 | ja ワロン;ワロン地域
# ---------------------------------------------------------------- Spain and Portugal
barcelona ES city
  * Barcelona | it Barcellona | fr Barcelone | ru Барселона | uk Барселона | zh 巴塞罗那
  ja バルセロナ
valencia ES city
  en,it,de,es,nl,sv Valencia | fr Valence! | pt Valência | pl Walencja | cs Valencie
  ru Валенсия | uk Валенсія | zh 瓦伦西亚 | ja バレンシア
seville ES city
  en Seville | it Siviglia | fr Séville | de,es,nl,cs,sv Sevilla | pt Sevilha | pl Sewilla
  ru Севилья | uk Севілья | zh 塞维利亚 | ja セビリア;セビージャ
zaragoza ES city
  en Zaragoza;Saragossa | it Saragozza | fr Saragosse | de Saragossa;Zaragoza
  es,nl,cs,sv Zaragoza | pt Saragoça | pl Saragossa | ru Сарагоса | uk Сарагоса | zh 萨拉戈萨
  ja サラゴサ
malaga ES city
  * Málaga | en Málaga;Malaga | ru Малага | uk Малага | zh 马拉加 | ja マラガ
murcia ES city
  * Murcia | fr Murcie | pt Múrcia | pl Murcja | ru Мурсия | uk Мурсія | zh 穆尔西亚 | ja ムルシア
palma ES city
  en Palma;Palma de Mallorca | it Palma!;Palma di Maiorca | fr Palma;Palma de Majorque
  de,nl,sv,cs Palma;Palma de Mallorca | es Palma!;Palma de Mallorca | pt Palma!;Palma de Maiorca
  pl Palma!;Palma de Mallorca | ru Пальма;Пальма-де-Майорка | uk Пальма;Пальма-де-Майорка
  ja パルマ・デ・マヨルカ
las_palmas ES city
  * Las Palmas | ru Лас-Пальмас | uk Лас-Пальмас | zh 拉斯帕尔马斯 | ja ラス・パルマス
bilbao ES city
  * Bilbao | ru Бильбао | uk Більбао | zh 毕尔巴鄂 | ja ビルバオ
alicante ES city
  * Alicante | ru Аликанте | uk Аліканте | zh 阿利坎特 | ja アリカンテ
cordoba_spain ES city
  en Córdoba!;Cordoba! | it Cordova! | fr Cordoue | de,es,nl,cs,sv Córdoba! | pt Córdova!
  pl Kordoba! | ru Кордова! | uk Кордова! | zh 科尔多瓦! | ja コルドバ!
valladolid ES city
  * Valladolid | ru Вальядолид | uk Вальядолід | zh 巴利亚多利德 | ja バリャドリッド
vigo ES city
  * Vigo | ru Виго | uk Віго | zh 维戈 | ja ビーゴ
granada ES city
  * Granada | es Granada! | pt Granada! | fr Grenade! | ru Гранада | uk Гранада | zh 格拉纳达
  ja グラナダ
ceuta ES city z:Africa/Ceuta
  * Ceuta | ru Сеута | uk Сеута | zh 休达 | ja セウタ
melilla ES city
  * Melilla | ru Мелилья | uk Мелілья | zh 梅利利亚 | ja メリリャ
andalusia ES region
  en,it Andalusia | fr Andalousie | de Andalusien | es Andalucía | pt Andaluzia | nl Andalusië
  pl Andaluzja | cs Andalusie | sv Andalusien | ru Андалусия | uk Андалусія | zh 安达卢西亚
  ja アンダルシア
catalonia ES region
  en Catalonia | it Catalogna | fr Catalogne | de Katalonien | es Cataluña | pt Catalunha
  nl Catalonië | pl Katalonia | cs Katalánsko | sv Katalonien | ru Каталония | uk Каталонія
  zh 加泰罗尼亚 | ja カタルーニャ;カタロニア
valencian_community ES region
  en Valencian Community | it Comunità Valenciana | fr Communauté valencienne
  de Valencianische Gemeinschaft | es Comunidad Valenciana | pt Comunidade Valenciana
  cs Valencijské společenství | ru Валенсийское сообщество | uk Валенсійська громада
  zh 瓦伦西亚自治区 | ja バレンシア州
galicia_spain ES region
  en Galicia! | it Galizia! | fr Galice | de Galicien | es Galicia! | pt Galiza;Galícia!
  nl Galicië | pl Galicja! | cs Galicie! | sv Galicien | ru Галисия | uk Галісія | zh 加利西亚!
  ja ガリシア!
castile_and_leon ES region
  en Castile and León | it Castiglia e León | fr Castille-et-León | de Kastilien und León
  es Castilla y León | pt Castela e Leão | nl Castilië en León | pl Kastylia i León
  cs Kastilie a León | sv Kastilien och León | ru Кастилия и Леон | uk Кастилія і Леон
  zh 卡斯蒂利亚-莱昂 | ja カスティーリャ・イ・レオン
castilla_la_mancha ES region
  * Castilla-La Mancha | it Castiglia-La Mancia | fr Castille-La Manche | de Kastilien-La Mancha
  pt Castela-La Mancha | pl Kastylia-La Mancha | cs Kastilie-La Mancha | ru Кастилия-Ла-Манча
  uk Кастилія-Ла-Манча | zh 卡斯蒂利亚-拉曼恰 | ja カスティーリャ・ラ・マンチャ
basque_country ES region
  en Basque Country | it Paesi Baschi | fr Pays basque | de,nl Baskenland
  es País Vasco;Euskadi | pt País Basco | pl Kraj Basków | cs Baskicko | sv Baskien
  ru Страна Басков | uk Країна Басків | zh 巴斯克 | ja バスク;バスク州
canary_islands ES region t:IC
  en Canaries | es Canarias;islas Canarias | de Kanaren | it Canarie | fr Canaries
  -ru Канарские о-ва | ru Канарские острова;Канары | uk Канари
aragon ES region
  en Aragon | it Aragona | fr Aragon! | de Aragonien | es Aragón | pt Aragão | nl Aragón
  pl Aragonia | cs Aragonie | sv Aragonien | ru Арагон | uk Арагон | zh 阿拉贡 | ja アラゴン
extremadura ES region
  * Extremadura | fr Estrémadure | pt,pl Estremadura | ru Эстремадура | uk Естремадура
  zh 埃斯特雷马杜拉 | ja エストレマドゥーラ
balearic_islands ES region
  en Balearic Islands;Balearics | it Baleari;Isole Baleari | fr Baléares;îles Baléares
  de,nl Balearen | es Baleares;islas Baleares | pt Baleares;ilhas Baleares | pl Baleary
  cs Baleáry | sv Balearerna | ru Балеарские острова | uk Балеарські острови
  zh 巴利阿里群岛 | ja バレアレス諸島
mallorca ES region
  en Majorca;Mallorca | it Maiorca | fr Majorque | de,es,nl,cs,sv Mallorca | pt Maiorca
  pl Majorka | ru Майорка | uk Майорка | zh 马略卡岛 | ja マヨルカ島
asturias ES region
  * Asturias | fr Asturies | de Asturien | pt Astúrias | nl Asturië | pl Asturia | cs Asturie
  sv Asturien | ru Астурия | uk Астурія | zh 阿斯图里亚斯 | ja アストゥリアス
navarre ES region
  en,fr Navarre | it,de,es,pt,nl,cs,sv Navarra | pl Nawarra | ru Наварра | uk Наварра
  zh 纳瓦拉 | ja ナバラ
cantabria ES region
  * Cantabria | fr Cantabrie | de Kantabrien | pt Cantábria | pl Kantabria | cs Kantábrie
  sv Kantabrien | ru Кантабрия | uk Кантабрія | zh 坎塔布里亚 | ja カンタブリア
la_rioja ES region
  * La Rioja | ru Риоха;Ла-Риоха | uk Ла-Ріоха | zh 拉里奥哈 | ja ラ・リオハ
porto PT city
  en Porto;Oporto | it Porto! | fr,de,nl,pl,cs Porto | es Oporto | pt Porto! | sv Porto;Oporto
  ru Порту | uk Порту | zh 波尔图 | ja ポルト
madeira PT region
  * Madeira | it Madera! | fr Madère | pl Madera | ru Мадейра | uk Мадейра | zh 马德拉
  ja マデイラ;マデイラ諸島
azores PT region
  en Azores | it Azzorre | fr Açores | de,nl Azoren | es Azores | pt Açores | pl,cs Azory
  sv Azorerna | ru Азорские острова;Азоры | uk Азорські острови | zh 亚速尔群岛 | ja アゾレス諸島
# ---------------------------------------------------------------- United Kingdom and the North
birmingham GB city
  * Birmingham | ru Бирмингем | uk Бірмінгем | zh 伯明翰 | ja バーミンガム
manchester GB city
  * Manchester | ru Манчестер | uk Манчестер | zh 曼彻斯特 | ja マンチェスター
liverpool GB city
  * Liverpool | ru Ливерпуль | uk Ліверпуль | zh 利物浦 | ja リバプール;リヴァプール
leeds GB city
  * Leeds | ru Лидс | uk Лідс | zh 利兹 | ja リーズ
glasgow GB city
  * Glasgow | ru Глазго | uk Глазго | zh 格拉斯哥 | ja グラスゴー
edinburgh GB city
  en,de,nl,cs,sv Edinburgh | it,es,pt Edimburgo | fr Édimbourg | pl Edynburg | ru Эдинбург
  uk Единбург | zh 爱丁堡 | ja エディンバラ
sheffield GB city
  * Sheffield | ru Шеффилд | uk Шеффілд | zh 谢菲尔德 | ja シェフィールド
bristol GB city
  * Bristol | ru Бристоль | uk Бристоль | zh 布里斯托尔 | ja ブリストル
cardiff GB city
  * Cardiff | ru Кардифф | uk Кардіфф | zh 加的夫 | ja カーディフ
belfast GB city
  * Belfast | ru Белфаст | uk Белфаст | zh 贝尔法斯特 | ja ベルファスト
newcastle GB city
  * Newcastle | en Newcastle;Newcastle upon Tyne | ru Ньюкасл | uk Ньюкасл | zh 纽卡斯尔
  ja ニューカッスル
nottingham GB city
  * Nottingham | ru Ноттингем | uk Ноттінгем | zh 诺丁汉 | ja ノッティンガム
leicester GB city
  * Leicester | ru Лестер | uk Лестер | zh 莱斯特 | ja レスター
coventry GB city
  * Coventry | ru Ковентри | uk Ковентрі | zh 考文垂 | ja コヴェントリー;コベントリー
england GB region
  en,de,sv England | it Inghilterra | fr Angleterre | es,pt Inglaterra | nl Engeland
  pl Anglia | cs Anglie | ru Англия | uk Англія | zh 英格兰 | ja イングランド
scotland GB region
  en Scotland | it Scozia | fr Écosse | de Schottland | es Escocia | pt Escócia
  nl Schotland | pl Szkocja | cs Skotsko | sv Skottland | ru Шотландия | uk Шотландія
  zh 苏格兰 | ja スコットランド
wales GB region
  en,de,nl,cs,sv Wales | it Galles | fr pays de Galles;Pays de Galles | es Gales
  pt País de Gales | pl Walia | ru Уэльс | uk Уельс | zh 威尔士 | ja ウェールズ
northern_ireland GB region
  en Northern Ireland | it Irlanda del Nord | fr Irlande du Nord | de Nordirland
  es Irlanda del Norte | pt Irlanda do Norte | nl Noord-Ierland | pl Irlandia Północna
  cs Severní Irsko | sv Nordirland | ru Северная Ирландия | uk Північна Ірландія
  zh 北爱尔兰 | ja 北アイルランド
gibraltar GB region t:GI
falkland_islands GB region t:FK
  en Falklands | es Malvinas;islas Malvinas | pt Malvinas | -ru Фолклендские о-ва
  ru Фолклендские острова;Фолкленды | uk Фолкленди
gothenburg SE city
  en Gothenburg | it Göteborg;Goteborg | fr,de,nl,pl,cs,sv Göteborg | es,pt Gotemburgo
  ru Гётеборг;Гетеборг | uk Гетеборг | zh 哥德堡 | ja ヨーテボリ
malmo SE city
  * Malmö | en Malmö;Malmo | ru Мальмё;Мальме | uk Мальме | zh 马尔默 | ja マルメ
gotland SE region
  * Gotland | ru Готланд | uk Готланд | zh 哥得兰岛 | ja ゴットランド島
aarhus DK city
  * Aarhus | en Aarhus;Århus | ru Орхус | uk Орхус | zh 奥胡斯 | ja オーフス
faroe_islands DK region t:FO
  -ru Фарерские о-ва | ru Фарерские острова | en Faroes
bergen NO city
  * Bergen | nl Bergen! | ru Берген | uk Берген | zh 卑尔根 | ja ベルゲン
svalbard NO region
  * Svalbard | de Spitzbergen;Svalbard | nl Spitsbergen;Svalbard | pl Svalbard;Spitsbergen
  cs Špicberky;Svalbard | ru Шпицберген;Свальбард | uk Шпіцберген | zh 斯瓦尔巴群岛
  ja スバールバル諸島
aland_islands FI region t:AX
  -ru Аландские о-ва | ru Аландские острова
# ---------------------------------------------------------------- Central Europe and Balkans
krakow PL city
  en Kraków;Krakow;Cracow | it,es Cracovia | fr Cracovie | de,nl Krakau | pt Cracóvia
  pl Kraków | cs Krakov | sv Kraków;Krakow | ru Краков | uk Краків | zh 克拉科夫 | ja クラクフ
lodz PL city
  * Łódź | en Łódź;Lodz | de Łódź;Lodz | ru Лодзь | uk Лодзь | zh 罗兹 | ja ウッチ
wroclaw PL city
  en,fr,nl,pl,sv Wrocław | it Breslavia | de Breslau;Wrocław | es Breslavia;Wrocław
  pt Breslávia;Wrocław | cs Vratislav | ru Вроцлав | uk Вроцлав | zh 弗罗茨瓦夫 | ja ヴロツワフ
poznan PL city
  * Poznań | en Poznań;Poznan | de Posen;Poznań | ru Познань | uk Познань | zh 波兹南 | ja ポズナン
gdansk PL city
  * Gdańsk | en Gdańsk;Gdansk | de Danzig;Gdańsk | it Danzica;Gdańsk | cs Gdaňsk | ru Гданьск
  uk Гданськ | zh 格但斯克 | ja グダニスク
szczecin PL city
  * Szczecin | de Stettin | cs Štětín | ru Щецин | uk Щецин | zh 什切青 | ja シュチェチン
bydgoszcz PL city
  * Bydgoszcz | ru Быдгощ | uk Бидгощ | zh 比得哥什 | ja ビドゴシュチュ
lublin PL city
  * Lublin | ru Люблин | uk Люблін | zh 卢布林 | ja ルブリン
katowice PL city
  * Katowice | de Kattowitz;Katowice | ru Катовице | uk Катовиці | zh 卡托维兹 | ja カトヴィツェ
rzeszow PL city
  * Rzeszów | en Rzeszów;Rzeszow | ru Жешув | uk Ряшів;Жешув | zh 热舒夫 | ja ジェシュフ
brno CZ city
  * Brno | de Brünn;Brno | ru Брно | uk Брно | zh 布尔诺 | ja ブルノ
ostrava CZ city
  * Ostrava | ru Острава | uk Острава | zh 俄斯特拉发 | ja オストラヴァ
cluj_napoca RO city
  * Cluj-Napoca;Cluj | de Klausenburg;Cluj-Napoca;Cluj | ru Клуж-Напока | uk Клуж-Напока
  zh 克卢日-纳波卡 | ja クルジュ・ナポカ
timisoara RO city
  * Timișoara | en Timișoara;Timisoara | de Temeswar;Timișoara | ru Тимишоара | uk Тімішоара
  zh 蒂米什瓦拉 | ja ティミショアラ
iasi RO city
  * Iași | en Iași;Iasi | de Jassy;Iași | ru Яссы | uk Ясси | zh 雅西 | ja ヤシ
constanta RO city
  * Constanța | en Constanța;Constanta | ru Констанца | uk Констанца | zh 康斯坦察
  ja コンスタンツァ
transylvania RO region
  en Transylvania | it,es Transilvania | fr Transylvanie | de Siebenbürgen | pt Transilvânia
  nl Transsylvanië;Zevenburgen | pl Siedmiogród;Transylwania | cs Sedmihradsko;Transylvánie
  sv Transsylvanien | ru Трансильвания | uk Трансильванія | zh 特兰西瓦尼亚
  ja トランシルヴァニア;トランシルバニア
plovdiv BG city
  * Plovdiv | ru Пловдив | uk Пловдив | zh 普罗夫迪夫 | ja プロヴディフ
varna BG city
  * Varna | pl Warna | ru Варна | uk Варна | zh 瓦尔纳 | ja ヴァルナ
novi_sad RS city
  * Novi Sad | ru Нови-Сад | uk Нові-Сад | zh 诺维萨德 | ja ノヴィ・サド
split HR city
  * Split | en Split! | nl Split! | sv Split! | ru Сплит | uk Спліт | zh 斯普利特 | ja スプリト
srebrenica BA city
  * Srebrenica | ru Сребреница | uk Сребрениця | zh 斯雷布雷尼察 | ja スレブレニツァ
republika_srpska BA region
  en,de,sv Republika Srpska | it Repubblica Serba;Republika Srpska
  fr République serbe de Bosnie;Republika Srpska | es República Srpska | pt República Sérvia
  nl Servische Republiek;Republika Srpska | pl Republika Serbska | cs Republika srbská
  ru Республика Сербская | uk Республіка Сербська | zh 塞族共和国 | ja スルプスカ共和国
mitrovica XK city
  * Mitrovica | ru Митровица | uk Митровиця | zh 米特罗维察 | ja ミトロヴィツァ
thessaloniki GR city
  en,de,nl,sv Thessaloniki | it Salonicco | fr Thessalonique | es Salónica;Tesalónica
  pt Salónica;Tessalônica | pl Saloniki | cs Soluň | ru Салоники | uk Салоніки | zh 塞萨洛尼基
  ja テッサロニキ
lesbos GR region
  * Lesbos | it Lesbo | ru Лесбос | uk Лесбос | zh 莱斯沃斯岛 | ja レスボス島
crete GR region
  en Crete | it,es,pt Creta | fr Crète | de,nl,pl,sv Kreta | cs Kréta | ru Крит | uk Крит
  zh 克里特岛 | ja クレタ島
northern_cyprus CY region
  en Northern Cyprus | it Cipro del Nord | fr Chypre du Nord | de Nordzypern
  es Chipre del Norte | pt Chipre do Norte | nl Noord-Cyprus | pl Cypr Północny
  cs Severní Kypr | sv Nordcypern | ru Северный Кипр | uk Північний Кіпр | zh 北塞浦路斯
  ja 北キプロス
limassol CY city
  * Limassol | ru Лимасол | uk Лімасол | zh 利马索尔 | ja リマソール
# ---------------------------------------------------------------- Turkey
istanbul TR city z:Europe/Istanbul
  en,it,fr,de,cs,sv Istanbul | es Estambul | pt Istambul | nl Istanboel;Istanbul | pl Stambuł
  ru Стамбул | uk Стамбул | zh 伊斯坦布尔 | ja イスタンブール
izmir TR city
  * Izmir | en İzmir;Izmir | it Smirne;Izmir | es Esmirna;Izmir | ru Измир | uk Ізмір
  zh 伊兹密尔 | ja イズミル
bursa TR city
  * Bursa | ru Бурса | uk Бурса | zh 布尔萨 | ja ブルサ
antalya TR city
  * Antalya | ru Анталья;Анталия | uk Анталія | zh 安塔利亚 | ja アンタルヤ
adana TR city
  * Adana | ru Адана | uk Адана | zh 阿达纳 | ja アダナ
gaziantep TR city
  * Gaziantep | ru Газиантеп | uk Газіантеп | zh 加济安泰普 | ja ガズィアンテプ
konya TR city
  * Konya | ru Конья | uk Конья | zh 科尼亚 | ja コンヤ
diyarbakir TR city
  * Diyarbakır | en Diyarbakır;Diyarbakir | ru Диярбакыр | uk Діярбакир | zh 迪亚巴克尔
  ja ディヤルバクル
kahramanmaras TR city
  * Kahramanmaraş | en Kahramanmaraş;Kahramanmaras | ru Кахраманмараш | uk Кахраманмараш
  zh 卡赫拉曼马拉什 | ja カフラマンマラシュ
antakya TR city
  * Antakya | ru Антакья | uk Антак’я | zh 安塔基亚 | ja アンタキヤ
hatay TR region
  * Hatay | ru Хатай | uk Хатай | zh 哈塔伊 | ja ハタイ;ハタイ県
mersin TR city
  * Mersin | ru Мерсин | uk Мерсін | zh 梅尔辛 | ja メルスィン
anatolia TR region
  en,it,es,pl Anatolia | fr Anatolie | de,sv Anatolien | pt Anatólia | nl Anatolië
  cs Anatolie | ru Анатолия | uk Анатолія | zh 安纳托利亚 | ja アナトリア
# ---------------------------------------------------------------- Baltics, Belarus, Moldova, Caucas
kaunas LT city
  * Kaunas | pl Kowno;Kaunas | ru Каунас | uk Каунас | zh 考纳斯 | ja カウナス
narva EE city
  * Narva | ru Нарва | uk Нарва | zh 纳尔瓦 | ja ナルヴァ
suwalki_gap - region
  en Suwałki Gap;Suwalki Gap | it corridoio di Suwałki | fr corridor de Suwałki
  de Suwałki-Lücke;Suwalki-Lücke | es corredor de Suwałki | pt corredor de Suwałki
  nl Suwałki-corridor | pl przesmyk suwalski | cs Suwalský koridor | ru Сувалкский коридор
  uk Сувалкський коридор | zh 苏瓦乌基走廊 | ja スヴァウキ・ギャップ
gomel BY city
  en Gomel;Homel | it,fr,pt,sv Gomel | de,nl,cs Gomel;Homel | es Gómel;Gomel | pl Homel
  ru Гомель | uk Гомель | zh 戈梅利 | ja ゴメリ
grodno BY city
  * Grodno | en Grodno;Hrodna | ru Гродно | uk Гродно | zh 格罗德诺 | ja グロドノ
vitebsk BY city
  * Vitebsk | de Witebsk | es Vítebsk | pl Witebsk | ru Витебск | uk Вітебськ | zh 维捷布斯克
  ja ヴィテブスク
mogilev BY city
  en,it,pt,cs Mogilev | fr Moguilev | de Mogiljow | es Mogilev | nl,sv Mogiljov | pl Mohylew
  ru Могилёв;Могилев | uk Могильов | zh 莫吉廖夫 | ja モギリョフ
transnistria MD region
  en Transnistria;Transdniestria | it,es Transnistria | fr Transnistrie | de Transnistrien
  pt Transnístria | nl Transnistrië | pl Naddniestrze | cs Podněstří | sv Transnistrien
  ru Приднестровье | uk Придністров’я | zh 德涅斯特河沿岸 | ja 沿ドニエストル;トランスニストリア
tiraspol MD city
  * Tiraspol | pl Tyraspol | ru Тирасполь | uk Тирасполь | zh 蒂拉斯波尔 | ja ティラスポリ
gagauzia MD region
  en,it,es Gagauzia | fr Gagaouzie | de Gagausien | pt Gagaúzia | nl Gagaoezië | pl Gagauzja
  cs Gagauzsko | sv Gagauzien | ru Гагаузия | uk Гагаузія | zh 加告兹 | ja ガガウズ
abkhazia GE region
  en Abkhazia | it Abcasia | fr Abkhazie | de Abchasien | es Abjasia | pt Abecásia;Abkhazia
  nl Abchazië | pl Abchazja | cs Abcházie | sv Abchazien | ru Абхазия | uk Абхазія | zh 阿布哈兹
  ja アブハジア
south_ossetia GE region
  en South Ossetia | it Ossezia del Sud | fr Ossétie du Sud | de Südossetien
  es Osetia del Sur | pt Ossétia do Sul | nl Zuid-Ossetië | pl Osetia Południowa
  cs Jižní Osetie | sv Sydossetien | ru Южная Осетия | uk Південна Осетія | zh 南奥塞梯
  ja 南オセチア
nagorno_karabakh AZ region
  en Nagorno-Karabakh;Karabakh | it Nagorno-Karabakh;Karabakh | fr Haut-Karabakh;Karabakh
  de Bergkarabach;Karabach | es Nagorno Karabaj;Alto Karabaj;Karabaj
  pt Nagorno-Karabakh;Alto Carabaque | nl Nagorno-Karabach | pl Górski Karabach;Karabach
  cs Náhorní Karabach | sv Nagorno-Karabach | ru Нагорный Карабах;Карабах
  uk Нагірний Карабах;Карабах | zh 纳戈尔诺-卡拉巴赫;纳卡 | ja ナゴルノ・カラバフ;カラバフ
# ---------------------------------------------------------------- Ukraine
kharkiv UA city
  en Kharkiv;Kharkov | it Kharkiv;Charkiv | fr Kharkiv;Kharkov | de Charkiw;Charkow
  es Járkov;Kharkiv | pt Kharkiv;Carcóvia | nl Charkiv;Charkov | pl Charków | cs Charkov;Charkiv
  sv Charkiv;Charkov | ru Харьков | uk Харків | zh 哈尔科夫 | ja ハルキウ;ハリコフ
odesa UA city
  en Odesa;Odessa | it,fr,de,pt,nl,pl,sv Odessa | es Odesa;Odessa | cs Oděsa | ru Одесса
  uk Одеса | zh 敖德萨 | ja オデーサ;オデッサ
dnipro UA city
  en,it,fr,pt,nl,sv Dnipro;Dnipropetrovsk | de Dnipro;Dnipropetrowsk | es Dnipró;Dnipro
  pl Dniepr!;Dnipro;Dniepropietrowsk | cs Dnipro;Dněpropetrovsk | ru Днепр!;Днипро;Днепропетровск
  uk Дніпро!;Дніпропетровськ | zh 第聂伯;第聂伯罗;第聂伯罗彼得罗夫斯克
  ja ドニプロ;ドニエプロペトロフスク
donetsk UA city
  en,fr,es,pt,nl,sv Donetsk | it Donetsk;Donec’k | de Donezk | pl Donieck | cs Doněck
  ru Донецк | uk Донецьк | zh 顿涅茨克 | ja ドネツク
zaporizhzhia UA city
  en Zaporizhzhia;Zaporizhia;Zaporozhye | it Zaporizhzhia;Zaporižžja | fr Zaporijjia;Zaporijia
  de Saporischschja | es Zaporiyia;Zaporizhia | pt Zaporíjia;Zaporizhzhia
  nl Zaporizja;Zaporizjzja | pl Zaporoże | cs Záporoží | sv Zaporizjzja | ru Запорожье
  uk Запоріжжя | zh 扎波罗热 | ja ザポリージャ;ザポロジエ
lviv UA city
  en Lviv;Lvov | it Leopoli | fr,sv Lviv | de Lwiw;Lemberg | es Leópolis;Lviv | pt Lviv;Leópolis
  nl Lviv;Lemberg | pl Lwów | cs Lvov | ru Львов | uk Львів | zh 利沃夫 | ja リヴィウ;リビウ
kryvyi_rih UA city
  en Kryvyi Rih;Krivoy Rog | it Kryvyj Rih | fr Kryvyï Rih | de Krywyj Rih
  es Krivói Rog;Kryvyi Rih | pt Kryvyi Rih | nl Kryvy Rih | pl Krzywy Róg | cs Kryvyj Rih
  sv Kryvyj Rih | ru Кривой Рог | uk Кривий Ріг | zh 克里维里赫 | ja クリヴィー・リフ
mykolaiv UA city
  en Mykolaiv;Nikolaev | it Mykolaïv;Mykolaiv | fr Mykolaïv | de Mykolajiw | es Mykolaiv;Nikoláyev
  pt Mykolaiv | nl Mykolajiv | pl Mikołajów | cs Mykolajiv | sv Mykolajiv | ru Николаев
  uk Миколаїв | zh 尼古拉耶夫 | ja ミコライウ
mariupol UA city
  * Mariupol | fr Marioupol | es Mariúpol | nl Marioepol | ru Мариуполь | uk Маріуполь
  zh 马里乌波尔 | ja マリウポリ
luhansk UA city
  en Luhansk;Lugansk | it Luhansk;Lugansk | fr Louhansk;Lougansk | de,cs,sv Luhansk
  es Lugansk | pt Luhansk;Lugansk | nl Loehansk | pl Ługańsk | ru Луганск | uk Луганськ
  zh 卢甘斯克 | ja ルハンスク;ルガンスク
sevastopol UA city
  en,cs,sv Sevastopol | it Sebastopoli | fr Sébastopol | de,pl Sewastopol | es,pt,nl Sebastopol
  ru Севастополь | uk Севастополь | zh 塞瓦斯托波尔 | ja セヴァストポリ;セバストポリ
simferopol UA city z:Europe/Simferopol
  * Simferopol | it Sinferopoli | es Simferópol | pl Symferopol | ru Симферополь
  uk Сімферополь | zh 辛菲罗波尔 | ja シンフェロポリ
kherson UA city
  en,fr Kherson | it Kherson;Cherson | de,nl,cs,sv Cherson | es Jersón | pt Kherson;Quérson
  pl Chersoń | ru Херсон | uk Херсон | zh 赫尔松 | ja ヘルソン
poltava UA city
  * Poltava | de Poltawa | pl Połtawa | ru Полтава | uk Полтава | zh 波尔塔瓦 | ja ポルタヴァ
chernihiv UA city
  en,pt Chernihiv | it Černihiv;Chernihiv | fr Tchernihiv | de Tschernihiw | es Chernígov;Chernihiv
  nl Tsjernihiv | pl Czernihów | cs Černihiv | sv Tjernihiv | ru Чернигов | uk Чернігів
  zh 切尔尼戈夫 | ja チェルニヒウ
sumy UA city
  * Sumy | fr Soumy | nl Soemy | ru Сумы | uk Суми | zh 苏梅 | ja スームィ
zhytomyr UA city
  en Zhytomyr | it,cs Žytomyr | fr Jytomyr | de Schytomyr | es Zhytómyr | pt Jitomir
  nl,sv Zjytomyr | pl Żytomierz | ru Житомир | uk Житомир | zh 日托米尔 | ja ジトーミル
vinnytsia UA city
  en,fr,pt,sv Vinnytsia | it Vinnycja;Vinnytsia | de Winnyzja | es Vínnytsia | nl Vinnytsja
  pl Winnica | cs Vinnycja | ru Винница | uk Вінниця | zh 文尼察 | ja ヴィーンヌィツャ;ビンニツァ
chernivtsi UA city
  en,it,fr,es,pt,sv Chernivtsi | de Czernowitz;Tscherniwzi | nl Tsjernivtsi | pl Czerniowce
  cs Černovice | ru Черновцы | uk Чернівці | zh 切尔诺夫策 | ja チェルニウツィー
ivano_frankivsk UA city
  * Ivano-Frankivsk | de,pl Iwano-Frankiwsk | ru Ивано-Франковск | uk Івано-Франківськ
  zh 伊万诺-弗兰科夫斯克 | ja イヴァーノ・フランキーウシク
uzhhorod UA city
  * Uzhhorod | de Uschhorod | pl Użhorod | cs Užhorod | ru Ужгород | uk Ужгород | zh 乌日霍罗德
  ja ウージュホロド
kremenchuk UA city
  * Kremenchuk | fr Krementchouk | de Krementschuk | pl Krzemieńczuk | cs Kremenčuk
  ru Кременчуг | uk Кременчук | zh 克列缅丘格 | ja クレメンチュク
bakhmut UA city
  en Bakhmut;Artemivsk | it,pt Bakhmut | fr Bakhmout | de,pl,cs,sv Bachmut | es Bajmut
  nl Bachmoet | ru Бахмут;Артёмовск;Артемовск | uk Бахмут | zh 巴赫穆特 | ja バフムト
avdiivka UA city
  en Avdiivka;Avdeyevka | it Avdiïvka;Avdiivka | fr Avdiïvka | de,pl Awdijiwka
  es,pt,nl Avdiivka | cs,sv Avdijivka | ru Авдеевка | uk Авдіївка | zh 阿夫迪夫卡 | ja アウジーウカ
bucha UA city
  en,it,es,pt Bucha | fr Boutcha | de Butscha | nl Boetsja | pl Bucza | cs Buča | sv Butja
  ru Буча | uk Буча | zh 布查 | ja ブチャ
irpin UA city
  en,fr,de,pt,nl,sv Irpin | it Irpin’ | es Irpín | pl Irpień | cs Irpiň | ru Ирпень | uk Ірпінь
  zh 伊尔平 | ja イルピン
hostomel UA city
  * Hostomel | ru Гостомель | uk Гостомель | zh 戈斯托梅利 | ja ホストメリ
izium UA city
  en Izium;Izyum | it,nl,cs,sv Izjum | fr Izioum | de Isjum | es,pt Izium | pl Izium | ru Изюм!
  uk Ізюм! | zh 伊久姆 | ja イジューム
kramatorsk UA city
  * Kramatorsk | ru Краматорск | uk Краматорськ | zh 克拉马托尔斯克 | ja クラマトルスク
sloviansk UA city
  en Sloviansk;Slavyansk | it,fr,es,pt Sloviansk | de Slowjansk | nl,cs,sv Slovjansk
  pl Słowiańsk | ru Славянск | uk Слов’янськ | zh 斯拉维扬斯克 | ja スロヴャンスク
pokrovsk UA city
  * Pokrovsk | de,pl Pokrowsk | ru Покровск | uk Покровськ | zh 波克罗夫斯克 | ja ポクロウシク
sievierodonetsk UA city
  en Sievierodonetsk;Severodonetsk | it,es,pt,nl Severodonetsk | fr Sievierodonetsk;Severodonetsk
  de Sjewjerodonezk;Sewerodonezk | pl Siewierodonieck | cs Severodoněck | sv Sievierodonetsk
  ru Северодонецк | uk Сєвєродонецьк | zh 北顿涅茨克 | ja セベロドネツク
lysychansk UA city
  * Lysychansk | fr Lyssytchansk | de Lyssytschansk | pl Lisiczańsk | cs Lysyčansk
  ru Лисичанск | uk Лисичанськ | zh 利西昌斯克 | ja リシチャンスク
melitopol UA city
  * Melitopol | ru Мелитополь | uk Мелітополь | zh 梅利托波尔 | ja メリトポリ
berdiansk UA city
  * Berdiansk | en Berdiansk;Berdyansk | de Berdjansk | pl Berdiańsk | cs Berďansk
  ru Бердянск | uk Бердянськ | zh 别尔江斯克 | ja ベルジャンシク
enerhodar UA city
  * Enerhodar | en Enerhodar;Energodar | es Energodar;Enerhodar | ru Энергодар | uk Енергодар
  zh 埃涅尔戈达尔 | ja エネルホダル
nova_kakhovka UA city
  * Nova Kakhovka | de Nowa Kachowka | es Nova Kajovka | pl Nowa Kachowka
  nl,cs,sv Nova Kachovka | ru Новая Каховка | uk Нова Каховка | zh 新卡霍夫卡 | ja ノヴァ・カホフカ
vuhledar UA city
  * Vuhledar | en Vuhledar;Ugledar | de Wuhledar | pl Wuhłedar | ru Угледар | uk Вугледар
  zh 武赫列达尔 | ja ヴフレダル
kupiansk UA city
  * Kupiansk | de Kupjansk | pl Kupiańsk | cs Kupjansk | ru Купянск | uk Куп’янськ
  zh 库皮扬斯克 | ja クピャンスク
chasiv_yar UA city
  * Chasiv Yar | fr Tchassiv Iar | de Tschassiw Jar | pl Czasiw Jar | cs Časiv Jar
  nl Tsjasiv Jar | ru Часов Яр | uk Часів Яр | zh 恰西夫亚尔 | ja チャシウ・ヤール
kerch UA city
  en,es,pt Kerch | it Kerč;Kerch | fr Kertch | de Kertsch | nl Kertsj | pl Kercz | cs Kerč
  sv Kertj | ru Керчь | uk Керч | zh 刻赤 | ja ケルチ
yalta UA city
  en,fr,es Yalta | it Jalta;Yalta | de,nl,pl,cs,sv Jalta | pt Ialta;Yalta | ru Ялта | uk Ялта
  zh 雅尔塔 | ja ヤルタ
chernobyl UA city
  en Chernobyl;Chornobyl | it Černobyl’;Chernobyl | fr Tchernobyl | de Tschernobyl
  es Chernóbil | pt Chernobil;Chernobyl | nl Tsjernobyl | pl Czarnobyl | cs Černobyl
  sv Tjernobyl | ru Чернобыль | uk Чорнобиль | zh 切尔诺贝利 | ja チェルノブイリ;チョルノービリ
crimea UA region
  en,it,es Crimea | fr Crimée | de,nl,sv Krim | pt Crimeia | pl,cs Krym | ru Крым | uk Крим
  zh 克里米亚;克里米亚半岛 | ja クリミア;クリミア半島
donbas UA region
  en Donbas;Donbass | it Donbass;Donbas | fr Donbass | de Donbass;Donbas | es Donbás;Donbass
  pt Donbass;Donbas | nl,pl,cs,sv Donbas | ru Донбасс | uk Донбас | zh 顿巴斯 | ja ドンバス
donetsk_oblast UA region
  en Donetsk Oblast;Donetsk region | it regione di Donetsk;oblast di Donetsk
  fr oblast de Donetsk;région de Donetsk | de Oblast Donezk;Gebiet Donezk;Region Donezk
  es óblast de Donetsk;región de Donetsk;provincia de Donetsk
  pt oblast de Donetsk;região de Donetsk
  nl oblast Donetsk | pl obwód doniecki | cs Doněcká oblast | sv Donetsk oblast
  ru Донецкая область | uk Донецька область | zh 顿涅茨克州 | ja ドネツク州
luhansk_oblast UA region
  en Luhansk Oblast;Luhansk region | it regione di Luhansk;regione di Lugansk
  fr oblast de Louhansk;région de Louhansk | de Oblast Luhansk;Gebiet Luhansk
  es óblast de Lugansk;región de Lugansk | pt região de Luhansk;região de Lugansk
  nl oblast Loehansk | pl obwód ługański | cs Luhanská oblast | sv Luhansk oblast
  ru Луганская область | uk Луганська область | zh 卢甘斯克州 | ja ルハンスク州
zaporizhzhia_oblast UA region
  en Zaporizhzhia Oblast;Zaporizhzhia region | it regione di Zaporizhzhia
  fr oblast de Zaporijjia;région de Zaporijjia | de Oblast Saporischschja
  es región de Zaporiyia | pt região de Zaporíjia | nl oblast Zaporizja | pl obwód zaporoski
  cs Záporožská oblast | sv Zaporizjzja oblast | ru Запорожская область
  uk Запорізька область | zh 扎波罗热州 | ja ザポリージャ州
kherson_oblast UA region
  en Kherson Oblast;Kherson region | it regione di Kherson | fr oblast de Kherson;région de Kherson
  de Oblast Cherson | es región de Jersón | pt região de Kherson | nl oblast Cherson
  pl obwód chersoński | cs Chersonská oblast | sv Cherson oblast | ru Херсонская область
  uk Херсонська область | zh 赫尔松州 | ja ヘルソン州
kharkiv_oblast UA region
  en Kharkiv Oblast;Kharkiv region | it regione di Kharkiv | fr oblast de Kharkiv;région de Kharkiv
  de Oblast Charkiw | es región de Járkov | pt região de Kharkiv | nl oblast Charkiv
  pl obwód charkowski | cs Charkovská oblast | sv Charkiv oblast | ru Харьковская область
  uk Харківська область | zh 哈尔科夫州 | ja ハルキウ州
sumy_oblast UA region
  en Sumy Oblast;Sumy region | it regione di Sumy | fr oblast de Soumy;région de Soumy
  de Oblast Sumy | es región de Sumy | pt região de Sumy | nl oblast Soemy | pl obwód sumski
  cs Sumská oblast | sv Sumy oblast | ru Сумская область | uk Сумська область | zh 苏梅州
  ja スームィ州
dnipropetrovsk_oblast UA region
  en Dnipropetrovsk Oblast;Dnipropetrovsk region | it regione di Dnipropetrovsk
  fr oblast de Dnipropetrovsk | de Oblast Dnipropetrowsk | es región de Dnipropetrovsk
  pt região de Dnipropetrovsk | nl oblast Dnjepropetrovsk | pl obwód dniepropetrowski
  cs Dněpropetrovská oblast | sv Dnipropetrovsk oblast | ru Днепропетровская область
  uk Дніпропетровська область | zh 第聂伯罗彼得罗夫斯克州 | ja ドニプロペトロウシク州
odesa_oblast UA region
  en Odesa Oblast;Odesa region;Odessa region | it regione di Odessa
  fr oblast d’Odessa;région d’Odessa | de Oblast Odessa | es región de Odesa
  pt região de Odessa | nl oblast Odessa | pl obwód odeski | cs Oděská oblast
  sv Odessa oblast | ru Одесская область | uk Одеська область | zh 敖德萨州 | ja オデーサ州
kyiv_oblast UA region
  en Kyiv Oblast;Kyiv region;Kiev region | it regione di Kiev | fr oblast de Kyiv;région de Kiev
  de Oblast Kiew | es región de Kiev | pt região de Kiev | nl oblast Kiev | pl obwód kijowski
  cs Kyjevská oblast | sv Kiev oblast | ru Киевская область | uk Київська область | zh 基辅州
  ja キーウ州
# ---------------------------------------------------------------- Russia
saint_petersburg RU city
  en Saint Petersburg;St Petersburg;St. Petersburg | it San Pietroburgo | fr Saint-Pétersbourg
  de Sankt Petersburg;St. Petersburg | es San Petersburgo | pt São Petersburgo
  nl Sint-Petersburg | pl Petersburg;Sankt Petersburg | cs Petrohrad;Sankt Petěrburg
  sv Sankt Petersburg | ru Санкт-Петербург;Петербург | uk Санкт-Петербург;Петербург
  zh 圣彼得堡 | ja サンクトペテルブルク
novosibirsk RU city z:Asia/Novosibirsk
  * Novosibirsk | fr Novossibirsk | de Nowosibirsk | pl Nowosybirsk | ru Новосибирск
  uk Новосибірськ | zh 新西伯利亚 | ja ノヴォシビルスク;ノボシビルスク
yekaterinburg RU city z:Asia/Yekaterinburg
  en Yekaterinburg;Ekaterinburg | it Ekaterinburg | fr Iekaterinbourg;Ekaterinbourg
  de,sv Jekaterinburg | es Ekaterimburgo | pt Ecaterimburgo;Iekaterinburgo
  nl Jekaterinenburg;Jekaterinburg | pl Jekaterynburg | cs Jekatěrinburg | ru Екатеринбург
  uk Єкатеринбург | zh 叶卡捷琳堡 | ja エカテリンブルク;エカテリンブルグ
kazan RU city
  * Kazan | es Kazán | pl Kazań | cs Kazaň | ru Казань | uk Казань | zh 喀山 | ja カザン
nizhny_novgorod RU city
  en Nizhny Novgorod | it Nižnij Novgorod;Nizhny Novgorod | fr Nijni Novgorod
  de Nischni Nowgorod | es Nizhni Nóvgorod | pt Níjni Novgorod;Nizhny Novgorod
  nl Nizjni Novgorod | pl Niżny Nowogród | cs Nižnij Novgorod | sv Nizjnij Novgorod
  ru Нижний Новгород | uk Нижній Новгород | zh 下诺夫哥罗德 | ja ニジニ・ノヴゴロド
chelyabinsk RU city
  en,pt Chelyabinsk | it Čeljabinsk;Chelyabinsk | fr Tcheliabinsk | de Tscheljabinsk
  es Cheliábinsk | nl Tsjeljabinsk | pl Czelabińsk | cs Čeljabinsk | sv Tjeljabinsk
  ru Челябинск | uk Челябінськ | zh 车里雅宾斯克 | ja チェリャビンスク
krasnoyarsk RU city z:Asia/Krasnoyarsk
  * Krasnojarsk | en,es,pt Krasnoyarsk | fr Krasnoïarsk | ru Красноярск | uk Красноярськ
  zh 克拉斯诺亚尔斯克 | ja クラスノヤルスク
samara RU city z:Europe/Samara
  * Samara | ru Самара | uk Самара | zh 萨马拉 | ja サマラ
ufa RU city
  * Ufa | fr Oufa | es Ufá;Ufa | nl Oefa | ru Уфа | uk Уфа | zh 乌法 | ja ウファ
rostov_on_don RU city
  en Rostov-on-Don;Rostov | it Rostov sul Don;Rostov | fr Rostov-sur-le-Don;Rostov
  de Rostow am Don;Rostow | es Rostov del Don;Rostov | pt Rostov do Don;Rostov
  nl Rostov aan de Don;Rostov | pl Rostów nad Donem;Rostów | cs Rostov na Donu;Rostov
  sv Rostov-na-Donu;Rostov | ru Ростов-на-Дону;Ростов | uk Ростов-на-Дону;Ростов
  zh 顿河畔罗斯托夫;罗斯托夫 | ja ロストフ・ナ・ドヌ;ロストフ
omsk RU city z:Asia/Omsk
  * Omsk | ru Омск | uk Омськ | zh 鄂木斯克 | ja オムスク
krasnodar RU city
  * Krasnodar | ru Краснодар | uk Краснодар | zh 克拉斯诺达尔 | ja クラスノダール
voronezh RU city
  en Voronezh | it Voronež;Voronezh | fr Voronej | de Woronesch | es Vorónezh | pt Voronej;Voronezh
  nl,sv Voronezj | pl Woroneż | cs Voroněž | ru Воронеж | uk Воронеж | zh 沃罗涅日
  ja ヴォロネジ;ボロネジ
perm RU city
  * Perm | fr Perm | ru Пермь | uk Перм | zh 彼尔姆 | ja ペルミ
volgograd RU city z:Europe/Volgograd
  * Volgograd | de,nl Wolgograd | pl Wołgograd | ru Волгоград | uk Волгоград | zh 伏尔加格勒
  ja ヴォルゴグラード;ボルゴグラード
belgorod RU city
  * Belgorod | pl Biełgorod | cs Bělgorod | ru Белгород | uk Бєлгород | zh 别尔哥罗德
  ja ベルゴロド
kursk RU city
  * Kursk | fr Koursk | nl Koersk | ru Курск | uk Курськ | zh 库尔斯克 | ja クルスク
bryansk RU city
  en Bryansk | it,de,nl,cs,sv Brjansk | fr,es,pt Briansk | pl Briańsk | ru Брянск | uk Брянськ
  zh 布良斯克 | ja ブリャンスク
vladivostok RU city z:Asia/Vladivostok
  * Vladivostok | de Wladiwostok | pl Władywostok | ru Владивосток | uk Владивосток
  zh 符拉迪沃斯托克;海参崴 | ja ウラジオストク
kaliningrad RU city z:Europe/Kaliningrad
  * Kaliningrad | es,pt Kaliningrado | ru Калининград | uk Калінінград | zh 加里宁格勒
  ja カリーニングラード
murmansk RU city
  * Murmansk | fr Mourmansk | nl Moermansk | pl Murmańsk | ru Мурманск | uk Мурманськ
  zh 摩尔曼斯克 | ja ムルマンスク
sochi RU city
  en,es Sochi | it Soči;Sochi | fr Sotchi | de Sotschi | pt Sochi;Sóchi | nl Sotsji | pl Soczi
  cs Soči | sv Sotji | ru Сочи | uk Сочі | zh 索契 | ja ソチ
grozny RU city
  en,fr,nl,pl Grozny | it Groznyj;Grozny | de Grosny | es Grozni | pt Grózni;Grozny
  cs,sv Groznyj | ru Грозный! | uk Грозний! | zh 格罗兹尼 | ja グロズヌイ
makhachkala RU city
  en,pt Makhachkala | it Machačkala;Makhachkala | fr Makhatchkala | de Machatschkala
  es Majachkalá | nl Machatsjkala | pl Machaczkała | cs Machačkala | sv Machatjkala
  ru Махачкала | uk Махачкала | zh 马哈奇卡拉 | ja マハチカラ
novorossiysk RU city
  en,pt Novorossiysk | it,cs,sv Novorossijsk | fr Novorossiïsk | de Noworossijsk
  es Novorosíisk | nl Novorossiejsk | pl Noworosyjsk | ru Новороссийск | uk Новоросійськ
  zh 新罗西斯克 | ja ノヴォロシースク
khabarovsk RU city
  en,fr,pt Khabarovsk | it,nl,cs,sv Chabarovsk | de,pl Chabarowsk | es Jabárovsk
  ru Хабаровск | uk Хабаровськ | zh 哈巴罗夫斯克 | ja ハバロフスク
irkutsk RU city z:Asia/Irkutsk
  * Irkutsk | fr Irkoutsk | nl Irkoetsk | pl Irkuck | ru Иркутск | uk Іркутськ | zh 伊尔库茨克
  ja イルクーツク
taganrog RU city
  * Taganrog | ru Таганрог | uk Таганрог | zh 塔甘罗格 | ja タガンログ
chechnya RU region
  en Chechnya | it Cecenia | fr Tchétchénie | de Tschetschenien | es Chechenia
  pt Chechênia;Chechénia | nl Tsjetsjenië | pl Czeczenia | cs Čečensko | sv Tjetjenien
  ru Чечня | uk Чечня | zh 车臣 | ja チェチェン
dagestan RU region
  * Dagestan | es Daguestán | pt Daguestão | cs Dagestán | ru Дагестан | uk Дагестан
  zh 达吉斯坦 | ja ダゲスタン
tatarstan RU region
  * Tatarstan | es Tatarstán;Tartaristán | pt Tartaristão | cs Tatarstán | ru Татарстан
  uk Татарстан | zh 鞑靼斯坦 | ja タタールスタン
bashkortostan RU region
  en Bashkortostan;Bashkiria | it Baschiria;Baschortostan | fr Bachkirie;Bachkortostan
  de Baschkortostan;Baschkirien | es Baskortostán;Bashkiria | pt Bascortostão;Bashkortostan
  nl Basjkirië;Basjkortostan | pl Baszkiria;Baszkortostan | cs Baškortostán;Baškirie
  sv Basjkirien | ru Башкортостан;Башкирия | uk Башкортостан;Башкирія
  zh 巴什科尔托斯坦 | ja バシコルトスタン
ingushetia RU region
  en Ingushetia | it Inguscezia | fr Ingouchie | de Inguschetien | es Ingusetia
  pt Inguchétia | nl Ingoesjetië | pl Inguszetia | cs Ingušsko | sv Ingusjien | ru Ингушетия
  uk Інгушетія | zh 印古什 | ja イングーシ
belgorod_oblast RU region
  en Belgorod Oblast;Belgorod region | it regione di Belgorod
  fr oblast de Belgorod;région de Belgorod | de Oblast Belgorod;Gebiet Belgorod
  es región de Bélgorod;óblast de Bélgorod | pt região de Belgorod | nl oblast Belgorod
  pl obwód biełgorodzki | cs Bělgorodská oblast | sv Belgorod oblast
  ru Белгородская область | uk Бєлгородська область | zh 别尔哥罗德州 | ja ベルゴロド州
kursk_oblast RU region
  en Kursk Oblast;Kursk region | it regione di Kursk | fr oblast de Koursk;région de Koursk
  de Oblast Kursk;Gebiet Kursk | es región de Kursk;óblast de Kursk | pt região de Kursk
  nl oblast Koersk | pl obwód kurski | cs Kurská oblast | sv Kursk oblast
  ru Курская область | uk Курська область | zh 库尔斯克州 | ja クルスク州
bryansk_oblast RU region
  en Bryansk Oblast;Bryansk region | it regione di Brjansk | fr oblast de Briansk
  de Oblast Brjansk | es región de Briansk | pt região de Briansk | nl oblast Brjansk
  pl obwód briański | cs Brjanská oblast | sv Brjansk oblast | ru Брянская область
  uk Брянська область | zh 布良斯克州 | ja ブリャンスク州
krasnodar_krai RU region
  en Krasnodar Krai;Kuban | it territorio di Krasnodar;Kuban’ | fr kraï de Krasnodar;Kouban
  de Region Krasnodar;Kuban | es krai de Krasnodar;Kubán | pt krai de Krasnodar;Kuban
  nl kraj Krasnodar | pl Kraj Krasnodarski;Kubań | cs Krasnodarský kraj | sv Krasnodar kraj
  ru Краснодарский край;Кубань | uk Краснодарський край;Кубань
  zh 克拉斯诺达尔边疆区;库班 | ja クラスノダール地方
moscow_oblast RU region
  en Moscow Oblast;Moscow region | it regione di Mosca | fr oblast de Moscou;région de Moscou
  de Oblast Moskau;Gebiet Moskau | es región de Moscú;óblast de Moscú
  pt região de Moscou;região de Moscovo | nl oblast Moskou | pl obwód moskiewski
  cs Moskevská oblast | sv Moskva oblast | ru Московская область;Подмосковье
  uk Московська область;Підмосков’я | zh 莫斯科州 | ja モスクワ州
yakutia RU region
  en Yakutia;Sakha | it Jacuzia | fr Iakoutie | de Jakutien | es Yakutia | pt Iacútia
  nl Jakoetië | pl Jakucja | cs Jakutsko | sv Jakutien | ru Якутия | uk Якутія | zh 雅库特
  ja ヤクート;サハ共和国
chukotka RU region
  en,es,pt Chukotka | it Čukotka | fr Tchoukotka | de Tschukotka | nl Tsjoekotka | pl Czukotka
  cs Čukotka | sv Tjukotka | ru Чукотка | uk Чукотка | zh 楚科奇 | ja チュクチ
kamchatka RU region
  en,es Kamchatka | it Kamčatka | fr Kamtchatka | de Kamtschatka | pt Kamchatka;Camchatca
  nl Kamtsjatka | pl Kamczatka | cs Kamčatka | sv Kamtjatka | ru Камчатка | uk Камчатка
  zh 堪察加 | ja カムチャツカ;カムチャッカ
sakhalin RU region
  en Sakhalin | it Sachalin;Sakhalin | fr Sakhaline | de,nl,pl,cs,sv Sachalin | es Sajalín
  pt Sacalina;Sakhalin | ru Сахалин | uk Сахалін | zh 萨哈林;库页岛 | ja サハリン;樺太
kuril_islands RU region
  en Kuril Islands;Kurils;Kuriles | it Curili;isole Curili | fr îles Kouriles;Kouriles
  de Kurilen | es islas Kuriles;Kuriles | pt ilhas Curilas;Curilas | nl Koerilen | pl Kuryle
  cs Kurily | sv Kurilerna | ru Курилы;Курильские острова | uk Курили;Курильські острови
  zh 千岛群岛 | ja 千島列島;北方領土
karelia RU region
  en,pl Karelia | it,es Carelia | fr Carélie | de Karelien | pt Carélia | nl Karelië
  cs Karélie | sv Karelen | ru Карелия | uk Карелія | zh 卡累利阿 | ja カレリア
# ---------------------------------------------------------------- Israel and Palestine
gaza_strip PS region
  en Gaza Strip;Gaza | it Striscia di Gaza;Gaza | fr bande de Gaza;Gaza | de Gazastreifen;Gaza
  es Franja de Gaza;Gaza | pt Faixa de Gaza;Gaza | nl Gazastrook;Gaza | pl Strefa Gazy;Gaza
  cs Pásmo Gazy;Gaza | sv Gazaremsan;Gaza | ru сектор Газа;Сектор Газа;Газа
  uk сектор Газа;Сектор Газа;Газа | zh 加沙地带;加沙 | ja ガザ地区;ガザ
gaza_city PS city
  en Gaza City | it città di Gaza;Gaza City | fr ville de Gaza | de Gaza-Stadt;Stadt Gaza
  es ciudad de Gaza;Ciudad de Gaza | pt Cidade de Gaza | nl Gaza-Stad | pl miasto Gaza
  cs město Gaza | sv Gaza stad;Gaza City | ru город Газа | uk місто Газа | zh 加沙城;加沙市
  ja ガザ市
west_bank PS region
  en West Bank | it Cisgiordania | fr Cisjordanie | de Westjordanland | es Cisjordania
  pt Cisjordânia | nl Westelijke Jordaanoever;Westoever | pl Zachodni Brzeg
  cs Západní břeh Jordánu;Západní břeh | sv Västbanken
  ru Западный берег реки Иордан;Западный берег | uk Західний берег річки Йордан;Західний берег
  zh 约旦河西岸 | ja ヨルダン川西岸;ヨルダン川西岸地区
east_jerusalem PS area
  en East Jerusalem | it Gerusalemme Est | fr Jérusalem-Est | de Ost-Jerusalem;Ostjerusalem
  es Jerusalén Este;Jerusalén Oriental | pt Jerusalém Oriental | nl Oost-Jeruzalem
  pl Wschodnia Jerozolima | cs Východní Jeruzalém | sv Östra Jerusalem;Östjerusalem
  ru Восточный Иерусалим | uk Східний Єрусалим | zh 东耶路撒冷 | ja 東エルサレム
golan_heights SY region
  en Golan Heights;Golan | it Alture del Golan;Golan | fr plateau du Golan;Golan
  de Golanhöhen;Golan | es Altos del Golán;Golán | pt Colinas de Golã;Golã
  nl Golanhoogvlakte;Golan | pl Wzgórza Golan | cs Golanské výšiny | sv Golanhöjderna
  ru Голанские высоты | uk Голанські висоти | zh 戈兰高地 | ja ゴラン高原
tel_aviv IL city
  * Tel Aviv | pl Tel Awiw;Tel Aviv | ru Тель-Авив | uk Тель-Авів | zh 特拉维夫 | ja テルアビブ
haifa IL city
  * Haifa | fr Haïfa | pl Hajfa | ru Хайфа | uk Хайфа | zh 海法 | ja ハイファ
sderot IL city
  * Sderot | ru Сдерот | uk Сдерот | zh 斯德罗特 | ja スデロト
eilat IL city
  * Eilat | ru Эйлат | uk Ейлат | zh 埃拉特 | ja エイラト
negev IL region
  * Negev | es Néguev | pt Neguev | ru Негев | uk Негев | zh 内盖夫 | ja ネゲブ
rafah PS city
  * Rafah | ru Рафах | uk Рафах | zh 拉法 | ja ラファ
khan_younis PS city
  en Khan Younis;Khan Yunis | it Khan Younis;Khan Yunis | fr Khan Younès;Khan Younis
  de Chan Junis;Khan Yunis | es Jan Yunis;Khan Younis | pt Khan Younis;Khan Yunis
  nl Khan Yunis | pl Chan Junus;Chan Junis | cs Chán Júnis | sv Khan Yunis | ru Хан-Юнис
  uk Хан-Юніс | zh 汗尤尼斯 | ja ハンユニス
jabalia PS city
  en Jabalia;Jabaliya | it,pt,nl,sv Jabalia | fr Jabaliya;Jabalia | de Dschabalija;Jabalia
  es Yabalia;Jabalia | pl Dżabalija | cs Džabálija | ru Джабалия | uk Джабалія | zh 贾巴利亚
  ja ジャバリア
deir_al_balah PS city
  * Deir al-Balah | fr Deir el-Balah | ru Дейр-эль-Балах | uk Дейр-ель-Балах | zh 代尔拜拉赫
  ja デイル・アル・バラフ
jenin PS city
  en,it,pt,nl,sv Jenin | fr Jénine | de Dschenin | es Yenín | pl Dżenin | cs Dženín
  ru Дженин | uk Дженін | zh 杰宁 | ja ジェニン
ramallah PS city
  * Ramallah | es Ramala | ru Рамалла | uk Рамалла | zh 拉姆安拉 | ja ラマッラ;ラマラ
nablus PS city
  * Nablus | fr Naplouse | ru Наблус | uk Наблус | zh 纳布卢斯 | ja ナブルス
hebron PS city z:Asia/Hebron
  * Hebron | fr Hébron | es Hebrón | ru Хеврон | uk Хеврон | zh 希伯伦 | ja ヘブロン
# ---------------------------------------------------------------- Lebanon, Syria, Iraq
south_lebanon LB region
  en South Lebanon;southern Lebanon | it Libano meridionale;sud del Libano | fr Sud-Liban
  de Südlibanon | es sur del Líbano | pt sul do Líbano | nl Zuid-Libanon | pl południowy Liban
  cs jižní Libanon | sv södra Libanon | ru Южный Ливан | uk Південний Ліван | zh 黎巴嫩南部
  ja レバノン南部
bekaa LB region
  en Bekaa;Bekaa Valley | it valle della Beqaa;Beqaa | fr Bekaa;plaine de la Bekaa
  de Bekaa-Ebene;Bekaa | es valle de la Becá;Bekaa | pt vale do Bekaa;Bekaa
  nl Bekavallei;Bekaa | pl Dolina Bekaa;Bekaa | cs údolí Bikáa;Bikáa | sv Bekaadalen;Bekaa
  ru долина Бекаа;Бекаа | uk долина Бекаа;Бекаа | zh 贝卡谷地 | ja ベカー高原
dahieh LB area
  en Dahiyeh;Dahieh | fr Dahiyé;Dahieh | de Dahija;Dahiyeh | it,es,pt,nl,pl,cs,sv Dahiyeh
  ru Дахия | uk Дахія | zh 达希耶 | ja ダヒエ
sidon LB city
  en,de,nl,sv Sidon | it Sidone | fr Saïda;Sidon | es Sidón | pt Sídon;Sidon | pl Sydon
  cs Sidón | ru Сайда;Сидон | uk Сайда;Сідон | zh 赛达 | ja サイダ
tyre LB city
  en Tyre! | it Tiro! | fr Tyr | de,sv Tyros | es Tiro! | pt Tiro! | nl Tyrus | pl Tyr
  cs Týros | ru Тир! | uk Тір! | zh 提尔 | ja ティルス
aleppo SY city
  en,it,de,nl,pl,sv Aleppo | fr Alep | es,pt Alepo | cs Aleppo;Halab | ru Алеппо;Халеб
  uk Алеппо;Халеб | zh 阿勒颇 | ja アレッポ
homs SY city
  * Homs | ru Хомс | uk Хомс | zh 霍姆斯 | ja ホムス
idlib SY city
  * Idlib | ru Идлиб | uk Ідліб | zh 伊德利卜 | ja イドリブ
latakia SY city
  * Latakia | fr Lattaquié | cs Latákie | ru Латакия | uk Латакія | zh 拉塔基亚 | ja ラタキア
raqqa SY city
  * Raqqa | de Rakka | es Raqa | pl Rakka | cs Rakka | ru Ракка | uk Ракка | zh 拉卡 | ja ラッカ
deir_ez_zor SY city
  * Deir ez-Zor | pl Dajr az-Zaur | cs Dajr az-Zaur | ru Дейр-эз-Зор | uk Дейр-ез-Зор
  zh 代尔祖尔 | ja デリゾール
daraa SY city
  * Daraa | en Daraa;Deraa | fr Deraa;Daraa | es Deraa;Daraa | pl Dara | cs Dará | ru Дараа
  uk Дараа | zh 德拉 | ja ダルアー
hama SY city
  * Hama | ru Хама | uk Хама | zh 哈马 | ja ハマー!
tartus SY city
  * Tartus | fr Tartous | es Tartús | ru Тартус | uk Тартус | zh 塔尔图斯 | ja タルトゥース
mosul IQ city
  * Mosul | fr Mossoul | de Mossul | pt Mossul | ru Мосул | uk Мосул | zh 摩苏尔 | ja モスル
basra IQ city
  * Basra | it Bassora | fr Bassorah | es Basora | pt Basra;Baçorá | ru Басра | uk Басра
  zh 巴士拉 | ja バスラ
erbil IQ city
  * Erbil | en Erbil;Arbil | pl Irbil;Erbil | cs Arbíl;Erbil | ru Эрбиль | uk Ербіль | zh 埃尔比勒
  ja アルビル;エルビル
kirkuk IQ city
  * Kirkuk | cs Kirkúk | ru Киркук | uk Кіркук | zh 基尔库克 | ja キルクーク
fallujah IQ city
  en,pt,nl Fallujah | it Falluja | fr Falloujah | de Falludscha | es Faluya | pl Falludża
  cs Fallúdža | sv Falluja | ru Фаллуджа;Эль-Фаллуджа | uk Фаллуджа | zh 费卢杰 | ja ファルージャ
najaf IQ city
  * Najaf | fr Nadjaf;Najaf | de Nadschaf | pl Nadżaf | cs Nadžaf | ru Наджаф;Эн-Наджаф | uk Наджаф
  zh 纳杰夫
  ja ナジャフ
karbala IQ city
  * Karbala | fr,es Kerbala | de Kerbela | cs Karbalá | ru Кербела | uk Кербела | zh 卡尔巴拉
  ja カルバラ
iraqi_kurdistan IQ region
  en Iraqi Kurdistan;Kurdistan Region | it Kurdistan iracheno | fr Kurdistan irakien
  de Irakisch-Kurdistan;Kurdistan-Irak | es Kurdistán iraquí | pt Curdistão iraquiano
  nl Iraaks Koerdistan | pl Kurdystan iracki | cs Irácký Kurdistán | sv Irakiska Kurdistan
  ru Иракский Курдистан | uk Іракський Курдистан | zh 伊拉克库尔德斯坦;库尔德斯坦地区
  ja クルディスタン地域
# ---------------------------------------------------------------- Iran and the Gulf
mashhad IR city
  * Mashhad | fr Machhad;Mechhed | de Maschhad | pl Meszhed | cs Mašhad | ru Мешхед | uk Мешхед
  zh 马什哈德 | ja マシュハド
isfahan IR city
  * Isfahan | fr Ispahan | es Isfahán | cs Isfahán | sv Isfahan;Esfahan | ru Исфахан
  uk Ісфаган | zh 伊斯法罕 | ja イスファハン
tabriz IR city
  * Tabriz | cs Tabríz | ru Тебриз | uk Тебриз | zh 大不里士 | ja タブリーズ
shiraz IR city
  * Shiraz | fr Chiraz | de Schiras | pl Sziraz | cs Šíráz | ru Шираз | uk Шираз | zh 设拉子
  ja シーラーズ
karaj IR city
  * Karaj | de Karadsch | pl Karadż | cs Karadž | ru Кередж | uk Кередж | zh 卡拉季 | ja カラジ
qom IR city
  * Qom | de Ghom;Qom | pl Kom!;Qom | cs Kom!;Qom | ru Кум! | uk Кум! | zh 库姆 | ja コム
ahvaz IR city
  * Ahvaz | de Ahvaz;Ahwas | ru Ахваз | uk Ахваз | zh 阿瓦士 | ja アフヴァーズ
natanz IR city
  * Natanz | ru Натанз | uk Натанз | zh 纳坦兹 | ja ナタンズ
fordow IR city
  en Fordow;Fordo | * Fordo;Fordow | ru Фордо | uk Фордо | zh 福尔多 | ja フォルドゥ
bandar_abbas IR city
  * Bandar Abbas | ru Бендер-Аббас | uk Бендер-Аббас | zh 阿巴斯港 | ja バンダレ・アッバース
jeddah SA city
  en Jeddah;Jedda | it Gedda | fr Djeddah | de Dschidda | es Yeda | pt Jidá;Jeddah
  nl Djedda | pl Dżudda | cs Džidda | sv Jeddah | ru Джидда | uk Джидда | zh 吉达 | ja ジッダ
mecca SA city
  en Mecca;Makkah | it Mecca | fr Mecque | de,nl,pl,cs Mekka | es Meca | pt Meca | sv Mecka
  ru Мекка | uk Мекка | zh 麦加 | ja メッカ
medina SA city
  en Medina! | it Medina! | fr Médine | de,nl,sv Medina | es Medina! | pt Medina! | pl Medyna
  cs Medína | ru Медина | uk Медіна | zh 麦地那 | ja メディナ
dubai AE city z:Asia/Dubai
  * Dubai | fr Dubaï | es Dubái | pl,cs Dubaj | ru Дубай | uk Дубай | zh 迪拜 | ja ドバイ
sharjah AE city
  * Sharjah | fr Charjah | de Schardscha | pl Szardża | cs Šardžá | ru Шарджа | uk Шарджа
  zh 沙迦 | ja シャールジャ
aden YE city z:Asia/Aden
  * Aden | es Adén | pt Áden | ru Аден | uk Аден | zh 亚丁 | ja アデン
hodeidah YE city
  en Hodeidah;Hudaydah | it,de,es,pt,nl Hodeida | fr Hodeïda | pl Hudajda | cs Hudajda
  sv Hodeidah | ru Ходейда | uk Ходейда | zh 荷台达 | ja ホデイダ
taiz YE city
  * Taiz | pl Taizz | ru Таиз | uk Таїз | zh 塔伊兹 | ja タイズ
# ---------------------------------------------------------------- Egypt and North Africa
alexandria EG city
  en,de,pt,sv Alexandria | it Alessandria! | fr Alexandrie | es Alejandría | nl Alexandrië
  pl Aleksandria | cs Alexandrie | ru Александрия | uk Александрія | zh 亚历山大港
  ja アレクサンドリア
giza EG city
  en,it,pl,sv Giza | fr,de,nl Gizeh | es Guiza;Giza | pt Gizé;Giza | cs Gíza | ru Гиза | uk Гіза
  zh 吉萨 | ja ギザ
sharm_el_sheikh EG city
  * Sharm el-Sheikh | fr Charm el-Cheikh | de Scharm El-Scheich;Sharm El-Sheikh
  es Sharm el-Sheij;Sharm el-Sheikh | pl Szarm el-Szejk | cs Šarm aš-Šajch | ru Шарм-эш-Шейх
  uk Шарм-ель-Шейх | zh 沙姆沙伊赫 | ja シャルム・エル・シェイク
sinai EG region
  en,it,de,pt,sv Sinai | fr,nl Sinaï | es Sinaí | pl Synaj | cs Sinaj | ru Синай | uk Синай
  zh 西奈半岛;西奈 | ja シナイ半島
casablanca MA city z:Africa/Casablanca
  * Casablanca | ru Касабланка | uk Касабланка | zh 卡萨布兰卡 | ja カサブランカ
marrakesh MA city
  en Marrakesh;Marrakech | it,fr,es,sv Marrakech | de Marrakesch | pt Marraquexe;Marrakech
  nl Marrakesh;Marrakech | pl Marrakesz | cs Marrákeš | ru Марракеш | uk Марракеш | zh 马拉喀什
  ja マラケシュ
tangier MA city
  en Tangier | it Tangeri | fr,de,nl,pl,cs,sv Tanger | es Tánger | pt Tânger | ru Танжер
  uk Танжер | zh 丹吉尔 | ja タンジェ
fez MA city
  en Fez!;Fes | it Fès;Fez | fr,de,cs,sv Fès | es,pt,nl,pl Fez | ru Фес | uk Фес | zh 非斯
  ja フェズ
benghazi LY city
  en,fr,nl,sv Benghazi | it,de,es Bengasi | pt Benghazi;Bengasi | pl Bengazi | cs Benghází
  ru Бенгази | uk Бенгазі | zh 班加西 | ja ベンガジ
misrata LY city
  * Misrata | it Misurata | en Misrata;Misurata | cs Misráta | ru Мисрата | uk Місрата
  zh 米苏拉塔 | ja ミスラタ
oran DZ city
  * Oran | it Orano | es Orán | pt Orã | ru Оран | uk Оран | zh 奥兰 | ja オラン
# ---------------------------------------------------------------- India
mumbai IN city
  en,it,de,nl,sv Mumbai;Bombay | fr,es Bombay;Mumbai | pt Bombaim;Mumbai | pl Mumbaj;Bombaj
  cs Bombaj;Mumbai | ru Мумбаи;Бомбей | uk Мумбаї;Бомбей | zh 孟买 | ja ムンバイ;ボンベイ
delhi IN city
  * Delhi | pt Déli;Delhi | cs Dillí | ru Дели | uk Делі | zh 德里 | ja デリー
bengaluru IN city
  * Bangalore;Bengaluru | pl Bengaluru;Bangalur | cs Bengalúru;Bangalúr | ru Бангалор;Бенгалуру
  uk Бенгалуру;Бангалор | zh 班加罗尔 | ja バンガロール;ベンガルール
kolkata IN city z:Asia/Kolkata
  en Kolkata;Calcutta | it,fr,nl,sv Calcutta;Kolkata | de Kalkutta;Kolkata | es Calcuta
  pt Calcutá | pl Kalkuta | cs Kalkata | ru Калькутта;Колката | uk Колката;Калькутта
  zh 加尔各答 | ja コルカタ;カルカッタ
chennai IN city
  * Chennai;Madras | pl Ćennaj;Madras | cs Čennaí;Madrás | ru Ченнаи;Мадрас | uk Ченнаї;Мадрас
  zh 金奈 | ja チェンナイ
hyderabad IN city
  * Hyderabad | pl Hajdarabad | cs Hajdarábád | ru Хайдарабад | uk Гайдарабад;Хайдарабад
  zh 海得拉巴 | ja ハイデラバード
ahmedabad IN city
  * Ahmedabad | pl Ahmadabad | cs Ahmadábád | ru Ахмадабад | uk Ахмедабад | zh 艾哈迈达巴德
  ja アーメダバード
pune IN city
  * Pune | cs Puné | ru Пуна;Пуне | uk Пуне | zh 浦那 | ja プネー
surat IN city
  * Surat | cs Súrat | ru Сурат | uk Сурат | zh 苏拉特 | ja スーラト
jaipur IN city
  * Jaipur | pl Dżajpur | cs Džajpur | ru Джайпур | uk Джайпур | zh 斋浦尔 | ja ジャイプル
lucknow IN city
  * Lucknow | pl Lakhnau | cs Lakhnaú | ru Лакхнау | uk Лакхнау | zh 勒克瑙 | ja ラクナウ
kanpur IN city
  * Kanpur | cs Kánpur | ru Канпур | uk Канпур | zh 坎普尔 | ja カーンプル
nagpur IN city
  * Nagpur | cs Nágpur | ru Нагпур | uk Нагпур | zh 那格浦尔 | ja ナーグプル
indore IN city
  * Indore | pl Indaur | cs Indaur | ru Индаур | uk Індаур | zh 印多尔 | ja インドール
bhopal IN city
  * Bhopal | cs Bhópál | ru Бхопал | uk Бхопал | zh 博帕尔 | ja ボーパール
patna IN city
  * Patna | ru Патна | uk Патна | zh 巴特那 | ja パトナ
agra IN city
  * Agra | cs Ágra | ru Агра | uk Агра | zh 阿格拉 | ja アーグラ
varanasi IN city
  * Varanasi | en Varanasi;Benares | fr Varanasi;Bénarès | de Varanasi;Benares | pl Waranasi
  cs Váránasí | ru Варанаси | uk Варанасі | zh 瓦拉纳西 | ja バラナシ;ヴァーラーナシー
srinagar IN city
  * Srinagar | cs Šrínagar | ru Сринагар | uk Срінагар | zh 斯利那加 | ja スリナガル
amritsar IN city
  * Amritsar | ru Амритсар | uk Амрітсар | zh 阿姆利则 | ja アムリトサル
ayodhya IN city
  * Ayodhya | pl Ajodhja | cs Ajódhja | ru Айодхья | uk Айодх’я | zh 阿约提亚 | ja アヨーディヤー
uttar_pradesh IN region
  * Uttar Pradesh | cs Uttarpradéš | ru Уттар-Прадеш | uk Уттар-Прадеш | zh 北方邦
  ja ウッタル・プラデーシュ州
maharashtra IN region
  * Maharashtra | pl Maharasztra | cs Maháráštra | ru Махараштра | uk Махараштра
  zh 马哈拉施特拉邦 | ja マハーラーシュトラ州
west_bengal IN region
  en West Bengal | it Bengala Occidentale | fr Bengale-Occidental | de Westbengalen
  es Bengala Occidental | pt Bengala Ocidental | nl West-Bengalen | pl Bengal Zachodni
  cs Západní Bengálsko | sv Västbengalen | ru Западная Бенгалия | uk Західний Бенгал
  zh 西孟加拉邦 | ja 西ベンガル州
tamil_nadu IN region
  * Tamil Nadu | cs Tamilnádu | ru Тамилнад | uk Тамілнад | zh 泰米尔纳德邦 | ja タミル・ナードゥ州
kerala IN region
  * Kerala | cs Kérala | ru Керала | uk Керала | zh 喀拉拉邦 | ja ケーララ州
gujarat IN region
  * Gujarat | pl Gudżarat | cs Gudžarát | ru Гуджарат | uk Гуджарат | zh 古吉拉特邦
  ja グジャラート州
bihar IN region
  * Bihar | cs Bihár | ru Бихар | uk Біхар | zh 比哈尔邦 | ja ビハール州
manipur IN region
  * Manipur | cs Manípur | ru Манипур | uk Маніпур | zh 曼尼普尔邦 | ja マニプル州
assam IN region
  * Assam | cs Ásám | ru Ассам | uk Ассам | zh 阿萨姆邦 | ja アッサム州
karnataka IN region
  * Karnataka | cs Karnátaka | ru Карнатака | uk Карнатака | zh 卡纳塔克邦 | ja カルナータカ州
ladakh IN region
  * Ladakh | cs Ladak | ru Ладакх | uk Ладакх | zh 拉达克 | ja ラダック
jammu_and_kashmir IN region
  en Jammu and Kashmir | it Jammu e Kashmir | fr Jammu-et-Cachemire | de Jammu und Kashmir
  es Jammu y Cachemira | pt Jammu e Caxemira | nl Jammu en Kasjmir | pl Dżammu i Kaszmir
  cs Džammú a Kašmír | sv Jammu och Kashmir | ru Джамму и Кашмир | uk Джамму і Кашмір
  zh 查谟和克什米尔 | ja ジャンムー・カシミール
punjab - region
  * Punjab | fr Pendjab | de Punjab;Pandschab | es Punyab;Punjab | pt Punjab;Panjabe
  pl Pendżab | cs Paňdžáb | ru Пенджаб | uk Пенджаб | zh 旁遮普 | ja パンジャーブ
# ---------------------------------------------------------------- Pakistan, Bangladesh, Afghanistan
karachi PK city z:Asia/Karachi
  * Karachi | de Karatschi | pl Karaczi | cs Karáčí | ru Карачи | uk Карачі | zh 卡拉奇 | ja カラチ
lahore PK city
  * Lahore | pl Lahaur | cs Láhaur | ru Лахор | uk Лахор | zh 拉合尔 | ja ラホール
faisalabad PK city
  * Faisalabad | pl Fajsalabad | cs Fajsalábád | ru Фейсалабад | uk Фейсалабад | zh 费萨拉巴德
  ja ファイサラーバード
rawalpindi PK city
  * Rawalpindi | cs Ráwalpindí | ru Равалпинди | uk Равалпінді | zh 拉瓦尔品第
  ja ラーワルピンディー
peshawar PK city
  * Peshawar | de Peschawar | pl Peszawar | cs Péšávar | ru Пешавар | uk Пешавар | zh 白沙瓦
  ja ペシャワール
quetta PK city
  * Quetta | pl Kweta | cs Kvéta | ru Кветта | uk Кветта | zh 奎达 | ja クエッタ
multan PK city
  * Multan | cs Multán | ru Мултан | uk Мултан | zh 木尔坦 | ja ムルターン
balochistan PK region
  en Balochistan;Baluchistan | it Belucistan | fr Baloutchistan | de Belutschistan
  es Baluchistán | pt Baluchistão | nl Beloetsjistan | pl Beludżystan | cs Balúčistán
  sv Baluchistan | ru Белуджистан | uk Белуджистан | zh 俾路支;俾路支省
  ja バローチスターン;バルチスタン
khyber_pakhtunkhwa PK region
  * Khyber Pakhtunkhwa | pl Chajber Pachtunchwa | cs Chajbar Paštúnchwá | ru Хайбер-Пахтунхва
  uk Хайбер-Пахтунхва | zh 开伯尔-普赫图赫瓦 | ja カイバル・パクトゥンクワ州
sindh PK region
  * Sindh | ru Синд | uk Сінд | zh 信德 | ja シンド州
waziristan PK region
  * Waziristan | es Waziristán | pt Waziristão | cs Vazíristán | ru Вазиристан | uk Вазиристан
  zh 瓦济里斯坦 | ja ワジリスタン
chittagong BD city
  * Chittagong | en Chittagong;Chattogram | pl Ćittagong | cs Čittagong | ru Читтагонг
  uk Читтагонг | zh 吉大港 | ja チッタゴン
kandahar AF city
  * Kandahar | pt Kandahar;Candaar | cs Kandahár | ru Кандагар | uk Кандагар | zh 坎大哈
  ja カンダハール
herat AF city
  * Herat | fr Hérat | cs Herát | ru Герат | uk Герат | zh 赫拉特 | ja ヘラート
mazar_i_sharif AF city
  en,it Mazar-i-Sharif | fr Mazar-e Charif | de Masar-e Scharif | es Mazar-e Sarif
  pt,nl,sv Mazar-e Sharif | pl Mazar-i Szarif | cs Mazár-e Šaríf | ru Мазари-Шариф
  uk Мазарі-Шариф | zh 马扎里沙里夫 | ja マザーリシャリーフ
jalalabad AF city
  * Jalalabad | de Dschalalabad | pl Dżalalabad | cs Džalálábád | ru Джелалабад | uk Джелалабад
  zh 贾拉拉巴德 | ja ジャララバード
helmand AF region
  * Helmand | ru Гильменд | uk Гільменд | zh 赫尔曼德 | ja ヘルマンド州
panjshir AF region
  * Panjshir | fr Panchir | de Pandschschir | pl Pandższir | cs Pandžšír | ru Панджшер
  uk Панджшир | zh 潘杰希尔 | ja パンジシール
bagram AF area
  * Bagram | cs Bagrám | ru Баграм | uk Баграм | zh 巴格拉姆 | ja バグラム
almaty KZ city z:Asia/Almaty
  * Almaty | pl Ałmaty | ru Алматы;Алма-Ата | uk Алмати | zh 阿拉木图 | ja アルマトイ
samarkand UZ city z:Asia/Samarkand
  * Samarkand | it,es,pt Samarcanda | fr Samarcande | pl Samarkanda | ru Самарканд | uk Самарканд
  zh 撒马尔罕 | ja サマルカンド
# ---------------------------------------------------------------- Southeast Asia
ho_chi_minh_city VN city z:Asia/Ho_Chi_Minh
  en Ho Chi Minh City;Saigon | it Ho Chi Minh!;Saigon | fr Hô-Chi-Minh-Ville;Saïgon
  de Ho-Chi-Minh-Stadt;Saigon | es Ciudad Ho Chi Minh;Saigón | pt Cidade de Ho Chi Minh;Saigon
  nl Ho Chi Minhstad;Saigon | pl Ho Chi Minh!;Sajgon | cs Ho Či Minovo Město;Saigon
  sv Ho Chi Minh-staden;Saigon | ru Хошимин;Сайгон | uk Хошимін;Сайгон | zh 胡志明市;西贡
  ja ホーチミン!;サイゴン
hai_phong VN city
  * Haiphong | en Haiphong;Hai Phong | ru Хайфон | uk Хайфон | zh 海防 | ja ハイフォン
da_nang VN city
  * Da Nang | fr Da Nang;Đà Nẵng | ru Дананг | uk Дананг | zh 岘港 | ja ダナン
yangon MM city z:Asia/Yangon
  en,it,nl,sv Yangon;Rangoon | fr Rangoun;Yangon | de Rangun;Yangon | es Rangún;Yangón
  -es Yangón (Rangún) | pt Rangum;Yangon | pl Rangun;Yangon | cs Rangún;Yangon
  ru Янгон;Рангун | uk Янгон;Рангун | zh 仰光 | ja ヤンゴン;ラングーン
mandalay MM city
  * Mandalay | pl,cs Mandalaj | ru Мандалай | uk Мандалай | zh 曼德勒 | ja マンダレー
rakhine MM region
  * Rakhine;Arakan | ru Ракхайн;Аракан | uk Ракхайн;Аракан | zh 若开邦 | ja ラカイン州
surabaya ID city
  * Surabaya | nl Soerabaja;Surabaya | pl,cs Surabaja | ru Сурабая | uk Сурабая | zh 泗水
  ja スラバヤ
bandung ID city
  * Bandung | nl Bandoeng;Bandung | ru Бандунг | uk Бандунг | zh 万隆 | ja バンドン
medan ID city
  * Medan | ru Медан | uk Медан | zh 棉兰 | ja メダン
makassar ID city z:Asia/Makassar
  * Makassar | ru Макассар | uk Макассар | zh 望加锡 | ja マカッサル
bali ID region
  * Bali | ru Бали | uk Балі | zh 巴厘岛 | ja バリ島
java ID region
  en Java! | it Giava | fr Java! | de Java! | es Java! | pt Java!;Jawa | nl Java! | pl Jawa
  cs Jáva! | sv Java! | ru Ява | uk Ява | zh 爪哇;爪哇岛 | ja ジャワ島
sumatra ID region
  * Sumatra | pt Sumatra;Samatra | ru Суматра | uk Суматра | zh 苏门答腊;苏门答腊岛 | ja スマトラ島
borneo - region
  * Borneo | pt Bornéu | ru Борнео;Калимантан | uk Борнео;Калімантан | zh 婆罗洲 | ja ボルネオ島
aceh ID region
  * Aceh | ru Ачех | uk Ачех | zh 亚齐 | ja アチェ
quezon_city PH city
  * Quezon City | ru Кесон-Сити | uk Кесон-Сіті | zh 奎松市 | ja ケソン市
davao PH city
  * Davao | ru Давао | uk Давао | zh 达沃 | ja ダバオ
cebu PH city
  * Cebu | ru Себу | uk Себу | zh 宿务 | ja セブ;セブ島
mindanao PH region
  * Mindanao | ru Минданао | uk Мінданао | zh 棉兰老岛 | ja ミンダナオ島
phuket TH city
  * Phuket | ru Пхукет | uk Пхукет | zh 普吉岛 | ja プーケット
chiang_mai TH city
  * Chiang Mai | cs Čiang Mai | ru Чиангмай | uk Чіангмай | zh 清迈 | ja チェンマイ
spratly_islands - region
  en Spratly Islands;Spratlys | it isole Spratly | fr îles Spratleys;Spratleys
  de Spratly-Inseln | es islas Spratly | pt ilhas Spratly | nl Spratly-eilanden | pl Spratly
  cs Spratlyho ostrovy | sv Spratlyöarna | ru острова Спратли | uk острови Спратлі
  zh 南沙群岛 | ja 南沙諸島;スプラトリー諸島
paracel_islands - region
  en Paracel Islands;Paracels | it isole Paracel | fr îles Paracels | de Paracel-Inseln
  es islas Paracel | pt ilhas Paracel | nl Paraceleilanden | pl Wyspy Paracelskie
  cs Paracelské ostrovy | sv Paracelöarna | ru Парасельские острова | uk Парасельські острови
  zh 西沙群岛 | ja 西沙諸島;パラセル諸島
scarborough_shoal - region
  en Scarborough Shoal | it secca di Scarborough | fr récif de Scarborough
  de Scarborough-Riff | es arrecife de Scarborough | pt recife de Scarborough
  nl Scarborough-rif | pl Mielizna Scarborough | ru риф Скарборо | uk риф Скарборо
  zh 黄岩岛 | ja スカボロー礁
senkaku_islands - region
  en Senkaku Islands;Senkakus | it isole Senkaku | fr îles Senkaku | de Senkaku-Inseln
  es islas Senkaku | pt ilhas Senkaku | nl Senkaku-eilanden | pl Senkaku | cs Senkaku
  sv Senkakuöarna | ru острова Сенкаку | uk острови Сенкаку | zh 钓鱼岛 | ja 尖閣諸島
# ---------------------------------------------------------------- China: cities
shanghai CN city z:Asia/Shanghai
  * Shanghai | es Shanghái | pt Xangai | pl Szanghaj | cs Šanghaj | ru Шанхай | uk Шанхай
  zh 上海 | ja 上海
chongqing CN city
  * Chongqing | fr Chongqing;Tchongqing | de Chongqing;Chungking | pl Chongqing;Czungking
  cs Čchung-čching;Chongqing | ru Чунцин | uk Чунцін | zh 重庆 | ja 重慶
tianjin CN city
  * Tianjin | fr,de Tianjin;Tientsin | es Tianjín;Tianjin | pl Tiencin;Tianjin
  cs Tchien-ťin;Tianjin | ru Тяньцзинь | uk Тяньцзінь | zh 天津 | ja 天津
guangzhou CN city
  en Guangzhou;Canton! | fr Canton!;Guangzhou | it Canton!;Guangzhou | de Guangzhou;Kanton!
  es Cantón;Guangzhou | pt Cantão;Guangzhou | nl Guangzhou;Kanton! | pl Kanton!;Guangzhou
  cs Kanton!;Kuang-čou;Guangzhou | sv Guangzhou;Kanton! | ru Гуанчжоу | uk Гуанчжоу | zh 广州
  ja 広州
shenzhen CN city
  * Shenzhen | cs Šen-čen;Shenzhen | ru Шэньчжэнь | uk Шеньчжень | zh 深圳 | ja 深圳;深セン
chengdu CN city
  * Chengdu | es Chengdú;Chengdu | cs Čcheng-tu;Chengdu | ru Чэнду | uk Ченду | zh 成都 | ja 成都
wuhan CN city
  * Wuhan | cs Wu-chan;Wuhan | ru Ухань | uk Ухань | zh 武汉 | ja 武漢
nanjing CN city
  en,de Nanjing;Nanking | it Nanchino;Nanjing | fr Nankin;Nanjing | es Nankín;Nanjing
  pt Nanquim;Nanjing | nl,sv Nanjing | pl Nankin;Nanjing | cs Nanking;Nan-ťing | ru Нанкин
  uk Нанкін | zh 南京 | ja 南京
hangzhou CN city
  * Hangzhou | cs Chang-čou;Hangzhou | ru Ханчжоу | uk Ханчжоу | zh 杭州 | ja 杭州
xian CN city
  * Xi’an | pl Xi’an;Sian | cs Si-an;Xi’an | ru Сиань | uk Сіань | zh 西安 | ja 西安
shenyang CN city
  * Shenyang | cs Šen-jang;Shenyang | ru Шэньян | uk Шеньян | zh 沈阳 | ja 瀋陽
dalian CN city
  * Dalian | cs Ta-lien;Dalian | ru Далянь | uk Далянь | zh 大连 | ja 大連
qingdao CN city
  * Qingdao | de Qingdao;Tsingtau | cs Čching-tao;Qingdao | ru Циндао | uk Циндао | zh 青岛
  ja 青島
suzhou CN city
  * Suzhou | cs Su-čou;Suzhou | ru Сучжоу | uk Сучжоу | zh 苏州 | ja 蘇州
zhengzhou CN city
  * Zhengzhou | cs Čeng-čou;Zhengzhou | ru Чжэнчжоу | uk Чженчжоу | zh 郑州 | ja 鄭州
changsha CN city
  * Changsha | cs Čchang-ša;Changsha | ru Чанша | uk Чанша | zh 长沙 | ja 長沙
jinan CN city
  * Jinan | cs Ťi-nan;Jinan | ru Цзинань | uk Цзінань | zh 济南 | ja 済南
kunming CN city
  * Kunming | cs Kchun-ming;Kunming | ru Куньмин | uk Куньмін | zh 昆明 | ja 昆明
xiamen CN city
  * Xiamen | fr Xiamen;Amoy | cs Sia-men;Xiamen | ru Сямынь | uk Сямень | zh 厦门 | ja 厦門;アモイ
harbin CN city
  * Harbin | cs Charbin | ru Харбин | uk Харбін | zh 哈尔滨 | ja ハルビン
changchun CN city
  * Changchun | cs Čchang-čchun;Changchun | ru Чанчунь | uk Чанчунь | zh 长春 | ja 長春
fuzhou CN city
  * Fuzhou | cs Fu-čou;Fuzhou | ru Фучжоу | uk Фучжоу | zh 福州 | ja 福州
hefei CN city
  * Hefei | cs Che-fej;Hefei | ru Хэфэй | uk Хефей | zh 合肥 | ja 合肥
nanchang CN city
  * Nanchang | cs Nan-čchang;Nanchang | ru Наньчан | uk Наньчан | zh 南昌 | ja 南昌
shijiazhuang CN city
  * Shijiazhuang | cs Š’-ťia-čuang;Shijiazhuang | ru Шицзячжуан | uk Шицзячжуан | zh 石家庄
  ja 石家荘
taiyuan CN city
  * Taiyuan | cs Tchaj-jüan;Taiyuan | ru Тайюань | uk Тайюань | zh 太原 | ja 太原
nanning CN city
  * Nanning | cs Nan-ning;Nanning | ru Наньнин | uk Наньнін | zh 南宁 | ja 南寧
guiyang CN city
  * Guiyang | cs Kuej-jang;Guiyang | ru Гуйян | uk Гуйян | zh 贵阳 | ja 貴陽
lanzhou CN city
  * Lanzhou | cs Lan-čou;Lanzhou | ru Ланьчжоу | uk Ланьчжоу | zh 兰州 | ja 蘭州
ningbo CN city
  * Ningbo | cs Ning-po;Ningbo | ru Нинбо | uk Нінбо | zh 宁波 | ja 寧波
wuxi CN city
  * Wuxi | cs Wu-si;Wuxi | ru Уси | uk Усі | zh 无锡 | ja 無錫
dongguan CN city
  * Dongguan | cs Tung-kuan;Dongguan | ru Дунгуань | uk Дунгуань | zh 东莞 | ja 東莞
foshan CN city
  * Foshan | cs Fo-šan;Foshan | ru Фошань | uk Фошань | zh 佛山 | ja 仏山
zhuhai CN city
  * Zhuhai | cs Ču-chaj;Zhuhai | ru Чжухай | uk Чжухай | zh 珠海 | ja 珠海
wenzhou CN city
  * Wenzhou | cs Wen-čou;Wenzhou | ru Вэньчжоу | uk Веньчжоу | zh 温州 | ja 温州
tangshan CN city
  * Tangshan | cs Tchang-šan;Tangshan | ru Таншань | uk Таншань | zh 唐山 | ja 唐山
urumqi CN city z:Asia/Urumqi
  * Ürümqi;Urumqi | pl Urumczi | cs Urumči | ru Урумчи | uk Урумчі | zh 乌鲁木齐 | ja ウルムチ
lhasa CN city
  * Lhasa | ru Лхаса | uk Лхаса | zh 拉萨 | ja ラサ
hohhot CN city
  * Hohhot | ru Хух-Хото | uk Хух-Хото | zh 呼和浩特 | ja フフホト
# ---------------------------------------------------------------- China: provinces and regions
xinjiang CN region
  * Xinjiang | pl Sinciang;Xinjiang | cs Sin-ťiang;Xinjiang | ru Синьцзян | uk Сіньцзян
  zh 新疆 | ja 新疆;新疆ウイグル自治区
tibet CN region
  * Tibet | es Tíbet | pt Tibete | pl Tybet | ru Тибет | uk Тибет | zh 西藏 | ja チベット
inner_mongolia CN region
  en Inner Mongolia | it Mongolia Interna | fr Mongolie-Intérieure | de Innere Mongolei
  es Mongolia Interior | pt Mongólia Interior | nl Binnen-Mongolië | pl Mongolia Wewnętrzna
  cs Vnitřní Mongolsko | sv Inre Mongoliet | ru Внутренняя Монголия | uk Внутрішня Монголія
  zh 内蒙古 | ja 内モンゴル;内モンゴル自治区
guangdong CN region
  * Guangdong | cs Kuang-tung;Guangdong | ru Гуандун | uk Гуандун | zh 广东;广东省 | ja 広東省
sichuan CN region
  * Sichuan | pl Syczuan;Sichuan | cs S’-čchuan;Sichuan | ru Сычуань | uk Сичуань | zh 四川;四川省
  ja 四川省
hubei CN region
  * Hubei | cs Chu-pej;Hubei | ru Хубэй | uk Хубей | zh 湖北;湖北省 | ja 湖北省
yunnan CN region
  * Yunnan | pl Junnan;Yunnan | cs Jün-nan;Yunnan | ru Юньнань | uk Юньнань | zh 云南;云南省
  ja 雲南省
fujian CN region
  * Fujian | cs Fu-ťien;Fujian | ru Фуцзянь | uk Фуцзянь | zh 福建;福建省 | ja 福建省
zhejiang CN region
  * Zhejiang | cs Če-ťiang;Zhejiang | ru Чжэцзян | uk Чжецзян | zh 浙江;浙江省 | ja 浙江省
jiangsu CN region
  * Jiangsu | cs Ťiang-su;Jiangsu | ru Цзянсу | uk Цзянсу | zh 江苏;江苏省 | ja 江蘇省
shandong CN region
  * Shandong | cs Šan-tung;Shandong | ru Шаньдун | uk Шаньдун | zh 山东;山东省 | ja 山東省
henan CN region
  * Henan | cs Che-nan;Henan | ru Хэнань | uk Хенань | zh 河南;河南省 | ja 河南省
hebei CN region
  * Hebei | cs Che-pej;Hebei | ru Хэбэй | uk Хебей | zh 河北;河北省 | ja 河北省
heilongjiang CN region
  * Heilongjiang | cs Chej-lung-ťiang;Heilongjiang | ru Хэйлунцзян | uk Хейлунцзян
  zh 黑龙江;黑龙江省 | ja 黒竜江省
liaoning CN region
  * Liaoning | cs Liao-ning;Liaoning | ru Ляонин | uk Ляонін | zh 辽宁;辽宁省 | ja 遼寧省
jilin CN region
  * Jilin | cs Ťi-lin;Jilin | ru Цзилинь | uk Цзілінь | zh 吉林;吉林省 | ja 吉林省
hainan CN region
  * Hainan | cs Chaj-nan;Hainan | ru Хайнань | uk Хайнань | zh 海南;海南省;海南岛 | ja 海南省;海南島
guangxi CN region
  * Guangxi | cs Kuang-si;Guangxi | ru Гуанси | uk Гуансі | zh 广西 | ja 広西チワン族自治区
hunan CN region
  * Hunan | cs Chu-nan;Hunan | ru Хунань | uk Хунань | zh 湖南;湖南省 | ja 湖南省
anhui CN region
  * Anhui | cs An-chuej;Anhui | ru Аньхой | uk Аньхой | zh 安徽;安徽省 | ja 安徽省
jiangxi CN region
  * Jiangxi | cs Ťiang-si;Jiangxi | ru Цзянси | uk Цзянсі | zh 江西;江西省 | ja 江西省
guizhou CN region
  * Guizhou | cs Kuej-čou;Guizhou | ru Гуйчжоу | uk Гуйчжоу | zh 贵州;贵州省 | ja 貴州省
gansu CN region
  * Gansu | cs Kan-su;Gansu | ru Ганьсу | uk Ганьсу | zh 甘肃;甘肃省 | ja 甘粛省
shaanxi CN region
  * Shaanxi | cs Šen-si;Shaanxi | ru Шэньси | uk Шеньсі | zh 陕西;陕西省 | ja 陝西省
shanxi CN region
  * Shanxi | cs Šan-si;Shanxi | ru Шаньси | uk Шаньсі | zh 山西;山西省 | ja 山西省
qinghai CN region
  * Qinghai | cs Čching-chaj;Qinghai | ru Цинхай | uk Цінхай | zh 青海;青海省 | ja 青海省
ningxia CN region
  * Ningxia | cs Ning-sia;Ningxia | ru Нинся | uk Нінся | zh 宁夏 | ja 寧夏回族自治区
# ---------------------------------------------------------------- Taiwan, Japan, Korea
kaohsiung TW city
  * Kaohsiung | cs Kao-siung;Kaohsiung | ru Гаосюн | uk Гаосюн | zh 高雄 | ja 高雄
taichung TW city
  * Taichung | cs Tchaj-čung;Taichung | ru Тайчжун | uk Тайчжун | zh 台中 | ja 台中
tainan TW city
  * Tainan | cs Tchaj-nan;Tainan | ru Тайнань | uk Тайнань | zh 台南 | ja 台南
kinmen TW region
  * Kinmen | en Kinmen;Quemoy | ru Цзиньмэнь | uk Цзіньмень | zh 金门 | ja 金門
osaka JP city
  * Osaka | cs Ósaka | ru Осака | uk Осака | zh 大阪 | ja 大阪
yokohama JP city
  * Yokohama | pl,cs Jokohama | ru Иокогама | uk Йокогама | zh 横滨 | ja 横浜
nagoya JP city
  * Nagoya | pl,cs Nagoja | ru Нагоя | uk Нагоя | zh 名古屋 | ja 名古屋
sapporo JP city
  * Sapporo | ru Саппоро | uk Саппоро | zh 札幌 | ja 札幌
fukuoka JP city
  * Fukuoka | ru Фукуока | uk Фукуока | zh 福冈 | ja 福岡
kobe JP city
  * Kobe | cs Kóbe | ru Кобе | uk Кобе | zh 神户 | ja 神戸
kyoto JP city
  * Kyoto | de Kyōto;Kyoto | es Kioto | pt Quioto;Kyoto | pl Kioto | cs Kjóto | ru Киото | uk Кіото
  zh 京都 | ja 京都
hiroshima JP city
  * Hiroshima | pl Hiroszima | cs Hirošima | ru Хиросима | uk Хіросіма | zh 广岛 | ja 広島
nagasaki JP city
  * Nagasaki | ru Нагасаки | uk Нагасакі | zh 长崎 | ja 長崎
fukushima JP region
  * Fukushima | cs Fukušima | ru Фукусима | uk Фукусіма | zh 福岛 | ja 福島;福島県
okinawa JP region
  * Okinawa | ru Окинава | uk Окінава | zh 冲绳 | ja 沖縄;沖縄県
hokkaido JP region
  * Hokkaido | de Hokkaidō;Hokkaido | cs Hokkaidó | ru Хоккайдо | uk Хоккайдо | zh 北海道
  ja 北海道
busan KR city
  * Busan | en Busan;Pusan | pl,cs Pusan | ru Пусан | uk Пусан | zh 釜山 | ja 釜山;プサン
incheon KR city
  * Incheon | pl Inczon | cs Inčchon | ru Инчхон | uk Інчхон | zh 仁川 | ja 仁川
daegu KR city
  * Daegu | pl,cs Tegu | ru Тэгу | uk Тегу | zh 大邱 | ja 大邱
gwangju KR city
  * Gwangju | cs Kwangdžu | ru Кванджу | uk Кванджу | zh 光州 | ja 光州
daejeon KR city
  * Daejeon | cs Tedžon | ru Тэджон | uk Теджон | zh 大田 | ja 大田!
jeju KR region
  * Jeju | ru Чеджу | uk Чеджу | zh 济州岛 | ja 済州島
panmunjom KR area
  * Panmunjom | pl Panmundżom | cs Pchanmundžom | ru Пханмунджом | uk Пханмунджом | zh 板门店
  ja 板門店
yongbyon KP city
  * Yongbyon | ru Йонбён | uk Йонбьон | zh 宁边 | ja 寧辺
# ---------------------------------------------------------------- United States: cities and areas
new_york US city
  en New York;New York City;NYC | it,fr,nl,cs,sv New York | de New York;New York City
  es Nueva York | pt Nova York;Nova Iorque | pl Nowy Jork | ru Нью-Йорк | uk Нью-Йорк | zh 纽约
  ja ニューヨーク
los_angeles US city z:America/Los_Angeles
  * Los Angeles | en Los Angeles;L.A. | es Los Ángeles | ru Лос-Анджелес | uk Лос-Анджелес
  zh 洛杉矶 | ja ロサンゼルス
chicago US city z:America/Chicago
  * Chicago | ru Чикаго | uk Чикаго | zh 芝加哥 | ja シカゴ
houston US city
  * Houston | ru Хьюстон | uk Х’юстон | zh 休斯敦 | ja ヒューストン
phoenix US city z:America/Phoenix
  * Phoenix | en Phoenix! | ru Финикс | uk Фінікс | zh 凤凰城 | ja フェニックス!
philadelphia US city
  en,de,nl,sv Philadelphia | it,es,pl Filadelfia | fr Philadelphie | pt Filadélfia
  cs Filadelfie | ru Филадельфия | uk Філадельфія | zh 费城 | ja フィラデルフィア
san_antonio US city
  * San Antonio | ru Сан-Антонио | uk Сан-Антоніо | zh 圣安东尼奥 | ja サンアントニオ
san_diego US city
  * San Diego | ru Сан-Диего | uk Сан-Дієго | zh 圣迭戈 | ja サンディエゴ
dallas US city
  * Dallas | ru Даллас | uk Даллас | zh 达拉斯 | ja ダラス
san_jose_california US city
  en San Jose! | * San José! | ru Сан-Хосе! | uk Сан-Хосе! | zh 圣何塞! | ja サンノゼ
austin US city
  * Austin! | ru Остин! | uk Остін! | zh 奥斯汀 | ja オースティン!
jacksonville US city
  * Jacksonville | ru Джэксонвилл | uk Джексонвілл | zh 杰克逊维尔 | ja ジャクソンビル
fort_worth US city
  * Fort Worth | ru Форт-Уэрт | uk Форт-Верт | zh 沃斯堡 | ja フォートワース
san_francisco US city
  * San Francisco | pt São Francisco;San Francisco | ru Сан-Франциско | uk Сан-Франциско
  zh 旧金山;三藩市 | ja サンフランシスコ
seattle US city
  * Seattle | ru Сиэтл | uk Сіетл | zh 西雅图 | ja シアトル
denver US city z:America/Denver
  * Denver | ru Денвер | uk Денвер | zh 丹佛 | ja デンバー
boston US city
  * Boston | ru Бостон | uk Бостон | zh 波士顿 | ja ボストン
detroit US city z:America/Detroit
  * Detroit | fr Détroit! | ru Детройт | uk Детройт | zh 底特律 | ja デトロイト
atlanta US city
  * Atlanta | ru Атланта | uk Атланта | zh 亚特兰大 | ja アトランタ
miami US city
  * Miami | ru Майами | uk Маямі | zh 迈阿密 | ja マイアミ
minneapolis US city
  * Minneapolis | ru Миннеаполис | uk Міннеаполіс | zh 明尼阿波利斯 | ja ミネアポリス
tampa US city
  * Tampa | ru Тампа | uk Тампа | zh 坦帕 | ja タンパ
orlando US city
  * Orlando! | ru Орландо! | uk Орландо! | zh 奥兰多 | ja オーランド!
pittsburgh US city
  * Pittsburgh | ru Питтсбург | uk Піттсбург | zh 匹兹堡 | ja ピッツバーグ
baltimore US city
  * Baltimore | ru Балтимор | uk Балтимор | zh 巴尔的摩 | ja ボルチモア
las_vegas US city
  * Las Vegas | ru Лас-Вегас | uk Лас-Вегас | zh 拉斯维加斯 | ja ラスベガス
st_louis US city
  * St. Louis;Saint Louis | fr Saint-Louis | es San Luis! | ru Сент-Луис | uk Сент-Луїс
  zh 圣路易斯 | ja セントルイス
kansas_city US city
  * Kansas City | ru Канзас-Сити | uk Канзас-Сіті | zh 堪萨斯城 | ja カンザスシティ
new_orleans US city
  en,it,de,nl,cs,sv New Orleans | fr Nouvelle-Orléans | es Nueva Orleans | pt Nova Orleans
  pl Nowy Orlean | ru Новый Орлеан | uk Новий Орлеан | zh 新奥尔良 | ja ニューオーリンズ
salt_lake_city US city
  * Salt Lake City | ru Солт-Лейк-Сити | uk Солт-Лейк-Сіті | zh 盐湖城 | ja ソルトレイクシティ
sacramento US city
  * Sacramento | it,es,pt Sacramento! | ru Сакраменто | uk Сакраменто | zh 萨克拉门托
  ja サクラメント
nashville US city
  * Nashville | ru Нашвилл | uk Нашвілл | zh 纳什维尔 | ja ナッシュビル
milwaukee US city
  * Milwaukee | ru Милуоки | uk Мілвокі | zh 密尔沃基 | ja ミルウォーキー
indianapolis US city z:America/Indiana/Indianapolis
  * Indianapolis | ru Индианаполис | uk Індіанаполіс | zh 印第安纳波利斯 | ja インディアナポリス
honolulu US city z:Pacific/Honolulu
  * Honolulu | ru Гонолулу | uk Гонолулу | zh 檀香山;火奴鲁鲁 | ja ホノルル
anchorage US city z:America/Anchorage
  * Anchorage | ru Анкоридж | uk Анкоридж | zh 安克雷奇 | ja アンカレッジ
uvalde US city
  * Uvalde | ru Ювалде | uk Ювалде | zh 尤瓦尔迪 | ja ユバルディ
charlottesville US city
  * Charlottesville | ru Шарлотсвилл | uk Шарлотсвілл | zh 夏洛茨维尔 | ja シャーロッツビル
lahaina US city
  * Lahaina | ru Лахайна | uk Лахайна | zh 拉海纳 | ja ラハイナ
palm_beach US city
  * Palm Beach | ru Палм-Бич | uk Палм-Біч | zh 棕榈滩 | ja パームビーチ
mar_a_lago US area
  * Mar-a-Lago | ru Мар-а-Лаго | uk Мар-а-Лаго | zh 海湖庄园 | ja マール・ア・ラーゴ
manhattan US area
  * Manhattan | ru Манхэттен | uk Мангеттен;Манхеттен | zh 曼哈顿 | ja マンハッタン
brooklyn US area
  * Brooklyn | ru Бруклин | uk Бруклін | zh 布鲁克林 | ja ブルックリン
bronx US area
  * Bronx | ru Бронкс | uk Бронкс | zh 布朗克斯 | ja ブロンクス
harlem US area
  * Harlem | ru Гарлем | uk Гарлем | zh 哈莱姆 | ja ハーレム!
hollywood US area
  * Hollywood! | ru Голливуд! | uk Голлівуд! | zh 好莱坞! | ja ハリウッド!
wall_street US area
  * Wall Street! | ru Уолл-стрит! | uk Волл-стріт!;Уолл-стріт! | zh 华尔街! | ja ウォール街!
times_square US area
  * Times Square | ru Таймс-сквер | uk Таймс-сквер | zh 时代广场 | ja タイムズスクエア
silicon_valley US region
  en,it,fr,de,nl,sv Silicon Valley | es Silicon Valley;Valle del Silicio
  pt Vale do Silício;Silicon Valley | pl Dolina Krzemowa | cs Křemíkové údolí;Silicon Valley
  ru Кремниевая долина | uk Кремнієва долина | zh 硅谷 | ja シリコンバレー
midwest US region
  en Midwest | it,fr Midwest | de Mittlerer Westen;Mittleren Westen | es Medio Oeste
  pt Meio-Oeste | nl Midwesten | pl Środkowy Zachód | cs Středozápad | sv Mellanvästern
  ru Средний Запад | uk Середній Захід | zh 美国中西部 | ja 中西部
guantanamo CU area
  * Guantánamo;Guantanamo | en Guantánamo;Guantanamo;Guantánamo Bay | ru Гуантанамо
  uk Гуантанамо | zh 关塔那摩 | ja グアンタナモ
# ---------------------------------------------------------------- United States: states
alabama US region
  * Alabama | ru Алабама | uk Алабама | zh 阿拉巴马州 | ja アラバマ州
alaska US region
  * Alaska | es Alaska | pt Alasca;Alaska | pl Alaska | cs Aljaška | ru Аляска | uk Аляска
  zh 阿拉斯加州;阿拉斯加 | ja アラスカ州;アラスカ
arizona US region
  * Arizona | ru Аризона | uk Аризона | zh 亚利桑那州 | ja アリゾナ州
arkansas US region
  * Arkansas | ru Арканзас | uk Арканзас | zh 阿肯色州 | ja アーカンソー州
california US region
  en,it,es California | fr Californie | de,sv Kalifornien | pt Califórnia | nl Californië
  pl Kalifornia | cs Kalifornie | ru Калифорния | uk Каліфорнія | zh 加利福尼亚州;加州;加利福尼亚
  ja カリフォルニア州;カリフォルニア
colorado US region
  * Colorado | es Colorado! | pt Colorado! | ru Колорадо | uk Колорадо | zh 科罗拉多州
  ja コロラド州
connecticut US region
  * Connecticut | ru Коннектикут | uk Коннектикут | zh 康涅狄格州 | ja コネティカット州
delaware US region
  * Delaware | ru Делавэр | uk Делавер | zh 特拉华州 | ja デラウェア州
florida US region
  * Florida | fr Floride | pt Flórida | pl Floryda | ru Флорида | uk Флорида
  zh 佛罗里达州;佛罗里达 | ja フロリダ州;フロリダ
georgia_us US region
  en Georgia! | it Georgia! | fr Géorgie! | de,nl,pl,sv Georgia | es Georgia! | pt Geórgia!
  cs Georgie | ru Джорджия | uk Джорджія | zh 佐治亚州;佐治亚 | ja ジョージア州
hawaii US region
  en,it,de,sv Hawaii | fr,nl Hawaï | es Hawái | pt Havaí | pl Hawaje | cs Havaj | ru Гавайи
  uk Гаваї | zh 夏威夷州;夏威夷 | ja ハワイ州;ハワイ
idaho US region
  * Idaho | ru Айдахо | uk Айдахо | zh 爱达荷州 | ja アイダホ州
illinois US region
  * Illinois | ru Иллинойс | uk Іллінойс | zh 伊利诺伊州 | ja イリノイ州
indiana US region
  * Indiana | it,pt Indiana! | ru Индиана | uk Індіана | zh 印第安纳州 | ja インディアナ州
iowa US region
  * Iowa | ru Айова | uk Айова | zh 艾奥瓦州;爱荷华州 | ja アイオワ州
kansas US region
  * Kansas | ru Канзас | uk Канзас | zh 堪萨斯州 | ja カンザス州
kentucky US region
  * Kentucky | ru Кентукки | uk Кентуккі | zh 肯塔基州 | ja ケンタッキー州
louisiana US region
  en,it,de,nl,sv,cs Louisiana | fr Louisiane | es,pt Luisiana | pl Luizjana | ru Луизиана
  uk Луїзіана | zh 路易斯安那州 | ja ルイジアナ州
maine US region
  * Maine | fr Maine! | ru Мэн | uk Мен | zh 缅因州 | ja メイン州
maryland US region
  * Maryland | ru Мэриленд | uk Меріленд | zh 马里兰州 | ja メリーランド州
massachusetts US region
  * Massachusetts | ru Массачусетс | uk Массачусетс | zh 马萨诸塞州;麻省 | ja マサチューセッツ州
michigan US region
  * Michigan | ru Мичиган | uk Мічиган | zh 密歇根州 | ja ミシガン州
minnesota US region
  * Minnesota | ru Миннесота | uk Міннесота | zh 明尼苏达州 | ja ミネソタ州
mississippi US region
  * Mississippi | es Misisipi;Mississippi | pl Missisipi | ru Миссисипи | uk Міссісіпі
  zh 密西西比州 | ja ミシシッピ州
missouri US region
  * Missouri | es Misuri;Missouri | ru Миссури | uk Міссурі | zh 密苏里州 | ja ミズーリ州
montana US region
  * Montana | ru Монтана | uk Монтана | zh 蒙大拿州 | ja モンタナ州
nebraska US region
  * Nebraska | ru Небраска | uk Небраска | zh 内布拉斯加州 | ja ネブラスカ州
nevada US region
  * Nevada | es Nevada! | ru Невада | uk Невада | zh 内华达州 | ja ネバダ州
new_hampshire US region
  * New Hampshire | es Nuevo Hampshire;New Hampshire | ru Нью-Гэмпшир | uk Нью-Гемпшир
  zh 新罕布什尔州 | ja ニューハンプシャー州
new_jersey US region
  * New Jersey | es Nueva Jersey | pt Nova Jersey | ru Нью-Джерси | uk Нью-Джерсі | zh 新泽西州
  ja ニュージャージー州
new_mexico US region
  en,de,nl,sv New Mexico | it Nuovo Messico | fr Nouveau-Mexique | es Nuevo México
  pt Novo México | pl Nowy Meksyk | cs Nové Mexiko | ru Нью-Мексико | uk Нью-Мексико
  zh 新墨西哥州 | ja ニューメキシコ州
new_york_state US region
  en New York State;State of New York | it stato di New York | fr État de New York
  de Bundesstaat New York | es estado de Nueva York | pt estado de Nova York;estado de Nova Iorque
  nl staat New York | pl stan Nowy Jork | cs stát New York | sv delstaten New York
  ru штат Нью-Йорк | uk штат Нью-Йорк | zh 纽约州 | ja ニューヨーク州
north_carolina US region
  en,de,nl,sv North Carolina | it Carolina del Nord | fr Caroline du Nord | es Carolina del Norte
  pt Carolina do Norte | pl Karolina Północna | cs Severní Karolína | ru Северная Каролина
  uk Північна Кароліна | zh 北卡罗来纳州 | ja ノースカロライナ州
north_dakota US region
  en,de,nl,sv North Dakota | it Dakota del Nord | fr Dakota du Nord | es Dakota del Norte
  pt Dakota do Norte | pl Dakota Północna | cs Severní Dakota | ru Северная Дакота
  uk Північна Дакота | zh 北达科他州 | ja ノースダコタ州
ohio US region
  * Ohio | ru Огайо | uk Огайо | zh 俄亥俄州 | ja オハイオ州
oklahoma US region
  * Oklahoma | ru Оклахома | uk Оклахома | zh 俄克拉何马州 | ja オクラホマ州
oregon US region
  * Oregon | es Oregón | pt Oregon;Oregão | ru Орегон | uk Орегон | zh 俄勒冈州 | ja オレゴン州
pennsylvania US region
  en,it,de,nl,sv Pennsylvania | fr Pennsylvanie | es Pensilvania | pt Pensilvânia
  pl Pensylwania | cs Pensylvánie | ru Пенсильвания | uk Пенсільванія | zh 宾夕法尼亚州;宾州
  ja ペンシルベニア州
rhode_island US region
  * Rhode Island | ru Род-Айленд | uk Род-Айленд | zh 罗得岛州 | ja ロードアイランド州
south_carolina US region
  en,de,nl,sv South Carolina | it Carolina del Sud | fr Caroline du Sud | es Carolina del Sur
  pt Carolina do Sul | pl Karolina Południowa | cs Jižní Karolína | ru Южная Каролина
  uk Південна Кароліна | zh 南卡罗来纳州 | ja サウスカロライナ州
south_dakota US region
  en,de,nl,sv South Dakota | it Dakota del Sud | fr Dakota du Sud | es Dakota del Sur
  pt Dakota do Sul | pl Dakota Południowa | cs Jižní Dakota | ru Южная Дакота
  uk Південна Дакота | zh 南达科他州 | ja サウスダコタ州
tennessee US region
  * Tennessee | ru Теннесси | uk Теннессі | zh 田纳西州 | ja テネシー州
texas US region
  * Texas | pl Teksas | ru Техас | uk Техас | zh 得克萨斯州;德克萨斯州;德州 | ja テキサス州;テキサス
utah US region
  * Utah | ru Юта | uk Юта | zh 犹他州 | ja ユタ州
vermont US region
  * Vermont | ru Вермонт | uk Вермонт | zh 佛蒙特州 | ja バーモント州
virginia US region
  en,it,es,nl,sv Virginia! | fr Virginie | de Virginia | pt Virgínia | pl Wirginia | cs Virginie
  ru Виргиния;Вирджиния | uk Вірджинія | zh 弗吉尼亚州 | ja バージニア州
washington_state US region
  en Washington State;State of Washington;Washington! | it stato di Washington
  fr État de Washington | de Bundesstaat Washington | es estado de Washington
  pt estado de Washington | nl staat Washington | pl stan Waszyngton | cs stát Washington
  sv delstaten Washington | ru штат Вашингтон | uk штат Вашингтон | zh 华盛顿州 | ja ワシントン州
west_virginia US region
  en,de,nl,sv West Virginia | it Virginia Occidentale | fr Virginie-Occidentale
  es Virginia Occidental | pt Virgínia Ocidental | pl Wirginia Zachodnia | cs Západní Virginie
  ru Западная Виргиния;Западная Вирджиния | uk Західна Вірджинія | zh 西弗吉尼亚州
  ja ウェストバージニア州
wisconsin US region
  * Wisconsin | ru Висконсин | uk Вісконсин | zh 威斯康星州 | ja ウィスコンシン州
wyoming US region
  * Wyoming | ru Вайоминг | uk Вайомінг | zh 怀俄明州 | ja ワイオミング州
guam US region t:GU
# ---------------------------------------------------------------- Canada
toronto CA city z:America/Toronto
  * Toronto | ru Торонто | uk Торонто | zh 多伦多 | ja トロント
montreal CA city
  en Montreal;Montréal | fr Montréal | it,sv Montréal;Montreal | de,es,pt,nl,pl Montreal
  cs Montréal | ru Монреаль | uk Монреаль | zh 蒙特利尔 | ja モントリオール
vancouver CA city z:America/Vancouver
  * Vancouver | ru Ванкувер | uk Ванкувер | zh 温哥华 | ja バンクーバー
calgary CA city
  * Calgary | ru Калгари | uk Калгарі | zh 卡尔加里 | ja カルガリー
edmonton CA city z:America/Edmonton
  * Edmonton | ru Эдмонтон | uk Едмонтон | zh 埃德蒙顿 | ja エドモントン
winnipeg CA city z:America/Winnipeg
  * Winnipeg | ru Виннипег | uk Вінніпег | zh 温尼伯 | ja ウィニペグ
ontario CA region
  * Ontario | ru Онтарио | uk Онтаріо | zh 安大略;安大略省 | ja オンタリオ州
quebec CA region
  en Quebec;Québec | fr,cs,sv Québec | it,de Québec;Quebec | es,nl,pl Quebec
  pt Quebec;Quebeque | ru Квебек | uk Квебек | zh 魁北克;魁北克省 | ja ケベック州;ケベック
british_columbia CA region
  en,sv British Columbia | it Columbia Britannica | fr Colombie-Britannique
  de British Columbia;Britisch-Kolumbien | es Columbia Británica | pt Colúmbia Britânica
  nl Brits-Columbia | pl Kolumbia Brytyjska | cs Britská Kolumbie | ru Британская Колумбия
  uk Британська Колумбія | zh 不列颠哥伦比亚;卑诗省 | ja ブリティッシュコロンビア州
alberta CA region
  * Alberta | ru Альберта | uk Альберта | zh 艾伯塔;阿尔伯塔 | ja アルバータ州
manitoba CA region
  * Manitoba | ru Манитоба | uk Манітоба | zh 曼尼托巴 | ja マニトバ州
saskatchewan CA region
  * Saskatchewan | ru Саскачеван | uk Саскачеван | zh 萨斯喀彻温 | ja サスカチュワン州
nova_scotia CA region
  en,nl,sv Nova Scotia | it Nuova Scozia | fr Nouvelle-Écosse | de Nova Scotia;Neuschottland
  es Nueva Escocia | pt Nova Escócia | pl Nowa Szkocja | cs Nové Skotsko | ru Новая Шотландия
  uk Нова Шотландія | zh 新斯科舍 | ja ノバスコシア州
new_brunswick CA region
  en,nl,sv New Brunswick | it Nuovo Brunswick | fr Nouveau-Brunswick | de New Brunswick
  es Nuevo Brunswick | pt Nova Brunswick | pl Nowy Brunszwik | cs Nový Brunšvik
  ru Нью-Брансуик | uk Нью-Брансвік | zh 新不伦瑞克 | ja ニューブランズウィック州
newfoundland_and_labrador CA region
  en Newfoundland and Labrador;Newfoundland | it Terranova e Labrador;Terranova
  fr Terre-Neuve-et-Labrador;Terre-Neuve | de Neufundland und Labrador;Neufundland
  es Terranova y Labrador;Terranova | pt Terra Nova e Labrador;Terra Nova
  nl Newfoundland en Labrador;Newfoundland | pl Nowa Fundlandia i Labrador;Nowa Fundlandia
  cs Newfoundland a Labrador;Newfoundland | sv Newfoundland och Labrador;Newfoundland
  ru Ньюфаундленд и Лабрадор;Ньюфаундленд | uk Ньюфаундленд і Лабрадор;Ньюфаундленд
  zh 纽芬兰与拉布拉多;纽芬兰 | ja ニューファンドランド・ラブラドール州;ニューファンドランド
prince_edward_island CA region
  en,de,sv Prince Edward Island | it Isola del Principe Edoardo | fr Île-du-Prince-Édouard
  es Isla del Príncipe Eduardo | pt Ilha do Príncipe Eduardo | nl Prins Edwardeiland
  pl Wyspa Księcia Edwarda | cs Ostrov prince Edwarda | ru Остров Принца Эдуарда
  uk Острів Принца Едуарда | zh 爱德华王子岛 | ja プリンスエドワードアイランド州
yukon CA region
  * Yukon | ru Юкон | uk Юкон | zh 育空 | ja ユーコン準州
northwest_territories CA region
  en,nl,sv Northwest Territories | it Territori del Nord-Ovest | fr Territoires du Nord-Ouest
  de Nordwest-Territorien | es Territorios del Noroeste | pt Territórios do Noroeste
  pl Terytoria Północno-Zachodnie | cs Severozápadní teritoria | ru Северо-Западные территории
  uk Північно-Західні території | zh 西北地区 | ja ノースウエスト準州
nunavut CA region
  * Nunavut | ru Нунавут | uk Нунавут | zh 努纳武特 | ja ヌナブト準州
# ---------------------------------------------------------------- Mexico and Central America
guadalajara MX city
  * Guadalajara | ru Гвадалахара | uk Гвадалахара | zh 瓜达拉哈拉 | ja グアダラハラ
monterrey MX city z:America/Monterrey
  * Monterrey | ru Монтеррей | uk Монтеррей | zh 蒙特雷 | ja モンテレイ
puebla MX city
  * Puebla | ru Пуэбла | uk Пуебла | zh 普埃布拉 | ja プエブラ
tijuana MX city z:America/Tijuana
  * Tijuana | ru Тихуана | uk Тіхуана | zh 蒂华纳 | ja ティフアナ
ciudad_juarez MX city z:America/Ciudad_Juarez
  * Ciudad Juárez | ru Сьюдад-Хуарес | uk Сьюдад-Хуарес | zh 华雷斯城 | ja シウダー・フアレス
cancun MX city z:America/Cancun
  * Cancún | en Cancún;Cancun | ru Канкун | uk Канкун | zh 坎昆 | ja カンクン
culiacan MX city
  * Culiacán | ru Кульякан | uk Кульякан | zh 库利亚坎 | ja クリアカン
sinaloa MX region
  * Sinaloa | ru Синалоа | uk Сіналоа | zh 锡那罗亚 | ja シナロア州
jalisco MX region
  * Jalisco | ru Халиско | uk Халіско | zh 哈利斯科 | ja ハリスコ州
michoacan MX region
  * Michoacán | ru Мичоакан | uk Мічоакан | zh 米却肯 | ja ミチョアカン州
tamaulipas MX region
  * Tamaulipas | ru Тамаулипас | uk Тамауліпас | zh 塔毛利帕斯 | ja タマウリパス州
chiapas MX region
  * Chiapas | ru Чьяпас | uk Чіапас | zh 恰帕斯 | ja チアパス州
yucatan MX region
  * Yucatán | en Yucatán;Yucatan | pl Jukatan | ru Юкатан | uk Юкатан | zh 尤卡坦 | ja ユカタン
darien_gap - region
  en Darién Gap;Darien Gap | * Darién | es tapón del Darién;Darién | de Darién-Lücke;Darién
  ru Дарьен | uk Дар’єн | zh 达连隘口 | ja ダリエン地峡
# ---------------------------------------------------------------- South America
sao_paulo BR city z:America/Sao_Paulo
  * São Paulo | es São Paulo;San Pablo | it São Paulo;San Paolo! | ru Сан-Паулу | uk Сан-Паулу
  zh 圣保罗 | ja サンパウロ
rio_de_janeiro BR city
  * Rio de Janeiro | en Rio de Janeiro;Rio! | es Río de Janeiro | ru Рио-де-Жанейро
  uk Ріо-де-Жанейро | zh 里约热内卢;里约 | ja リオデジャネイロ
salvador BR city
  * Salvador! | ru Салвадор! | uk Салвадор! | ja サルヴァドール;サルバドール
fortaleza BR city z:America/Fortaleza
  * Fortaleza | es,pt Fortaleza! | ru Форталеза | uk Форталеза | zh 福塔雷萨 | ja フォルタレザ
belo_horizonte BR city
  * Belo Horizonte | ru Белу-Оризонти | uk Белу-Орізонті | zh 贝洛奥里藏特 | ja ベロオリゾンテ
manaus BR city z:America/Manaus
  * Manaus | es Manaos;Manaus | ru Манаус | uk Манаус | zh 马瑙斯 | ja マナウス
curitiba BR city
  * Curitiba | ru Куритиба | uk Курітіба | zh 库里蒂巴 | ja クリチバ
recife BR city z:America/Recife
  * Recife | ru Ресифи | uk Ресіфі | zh 累西腓 | ja レシフェ
porto_alegre BR city
  * Porto Alegre | ru Порту-Алегри | uk Порту-Алегрі | zh 阿雷格里港
  ja ポルト・アレグレ;ポルトアレグレ
belem BR city z:America/Belem
  * Belém | pt Belém! | -es Belén | ru Белен | uk Белен | zh 贝伦 | ja ベレン
goiania BR city
  * Goiânia | ru Гояния | uk Гоянія | zh 戈亚尼亚 | ja ゴイアニア
minas_gerais BR region
  * Minas Gerais | ru Минас-Жерайс | uk Мінас-Жерайс | zh 米纳斯吉拉斯 | ja ミナスジェライス州
rio_grande_do_sul BR region
  * Rio Grande do Sul | ru Риу-Гранди-ду-Сул | uk Ріу-Гранді-ду-Сул | zh 南里奥格兰德
  ja リオグランデ・ド・スル州
bahia BR region
  * Bahia | es Bahía! | ru Баия | uk Баїя | zh 巴伊亚 | ja バイーア州
cordoba_argentina AR city z:America/Argentina/Cordoba
  * Córdoba! | en Córdoba!;Cordoba! | pl Kordoba!;Córdoba! | ru Кордова! | uk Кордова!
  zh 科尔多瓦!
  ja コルドバ!
rosario AR city
  * Rosario! | ru Росарио | uk Росаріо | zh 罗萨里奥 | ja ロサリオ
mendoza AR city z:America/Argentina/Mendoza
  * Mendoza! | ru Мендоса | uk Мендоса | zh 门多萨 | ja メンドーサ
medellin CO city
  * Medellín | en Medellín;Medellin | ru Медельин | uk Медельїн | zh 麦德林 | ja メデジン
cali CO city
  * Cali | ru Кали! | uk Калі | zh 卡利 | ja カリ!
barranquilla CO city
  * Barranquilla | ru Барранкилья | uk Барранкілья | zh 巴兰基亚 | ja バランキージャ
cartagena CO city
  * Cartagena | fr Carthagène | ru Картахена | uk Картахена | zh 卡塔赫纳 | ja カルタヘナ
maracaibo VE city
  * Maracaibo | ru Маракайбо | uk Маракайбо | zh 马拉开波 | ja マラカイボ
guayaquil EC city z:America/Guayaquil
  * Guayaquil | ru Гуаякиль | uk Гуаякіль | zh 瓜亚基尔 | ja グアヤキル
santa_cruz_de_la_sierra BO city
  * Santa Cruz de la Sierra | ru Санта-Крус-де-ла-Сьерра | uk Санта-Крус-де-ла-Сьєрра
  ja サンタクルス!
# ---------------------------------------------------------------- Sub-Saharan Africa
lagos NG city z:Africa/Lagos
  * Lagos | ru Лагос | uk Лагос | zh 拉各斯 | ja ラゴス
kano NG city
  * Kano | ru Кано | uk Кано | zh 卡诺 | ja カノ
ibadan NG city
  * Ibadan | ru Ибадан | uk Ібадан | zh 伊巴丹 | ja イバダン
borno NG region
  * Borno | ru Борно | uk Борно | zh 博尔诺 | ja ボルノ州
johannesburg ZA city z:Africa/Johannesburg
  * Johannesburg | es Johannesburgo | pt Joanesburgo | ru Йоханнесбург | uk Йоганнесбург
  zh 约翰内斯堡 | ja ヨハネスブルグ;ヨハネスブルク
cape_town ZA city
  en Cape Town | it Città del Capo | fr Le Cap | de Kapstadt | es Ciudad del Cabo
  pt Cidade do Cabo | nl Kaapstad | pl Kapsztad | cs Kapské Město | sv Kapstaden | ru Кейптаун
  uk Кейптаун | zh 开普敦 | ja ケープタウン
durban ZA city
  * Durban | ru Дурбан | uk Дурбан | zh 德班 | ja ダーバン
abidjan CI city z:Africa/Abidjan
  * Abidjan | es Abiyán | pl Abidżan | cs Abidžan | ru Абиджан | uk Абіджан | zh 阿比让
  ja アビジャン
dar_es_salaam TZ city z:Africa/Dar_es_Salaam
  * Dar es Salaam | es Dar es-Salam;Dar es Salaam | de Daressalam | ru Дар-эс-Салам
  uk Дар-ес-Салам | zh 达累斯萨拉姆 | ja ダルエスサラーム
zanzibar TZ region
  * Zanzibar | es Zanzíbar | ru Занзибар | uk Занзібар | zh 桑给巴尔 | ja ザンジバル
douala CM city z:Africa/Douala
  * Douala | ru Дуала | uk Дуала | zh 杜阿拉 | ja ドゥアラ
mombasa KE city
  * Mombasa | ru Момбаса | uk Момбаса | zh 蒙巴萨 | ja モンバサ
goma CD city
  * Goma | es,pt Goma! | ru Гома | uk Гома | zh 戈马 | ja ゴマ!
bukavu CD city
  * Bukavu | ru Букаву | uk Букаву | zh 布卡武 | ja ブカブ
lubumbashi CD city z:Africa/Lubumbashi
  * Lubumbashi | ru Лубумбаши | uk Лубумбаші | zh 卢本巴希 | ja ルブンバシ
timbuktu ML city
  en,de,pl,cs,sv Timbuktu | it Timbuctù | fr Tombouctou | es Tombuctú | pt Tombuctu
  nl Timboektoe | ru Томбукту | uk Томбукту | zh 廷巴克图 | ja トンブクトゥ
omdurman SD city
  * Omdurman | ru Омдурман | uk Омдурман | zh 恩图曼 | ja オムドゥルマン
port_sudan SD city
  en,it,de,pl,sv Port Sudan | fr Port-Soudan | es Puerto Sudán | pt Porto Sudão
  nl Port Soedan | cs Port Súdán | ru Порт-Судан | uk Порт-Судан | zh 苏丹港 | ja ポートスーダン
el_fasher SD city
  * El Fasher | en El Fasher;Al-Fashir | ru Эль-Фашер | uk Ель-Фашер | zh 法希尔
  ja エル・ファーシル
darfur SD region
  * Darfur | cs Dárfúr | ru Дарфур | uk Дарфур | zh 达尔富尔 | ja ダルフール
tigray ET region
  * Tigray | it Tigrè | fr Tigré! | es Tigré | pl,cs Tigraj | ru Тыграй;Тигре | uk Тиграй
  zh 提格雷
  ja ティグレ
cabo_delgado MZ region
  * Cabo Delgado | ru Кабу-Делгаду | uk Кабу-Делгаду | zh 德尔加杜角 | ja カボ・デルガード州
# ---------------------------------------------------------------- Oceania
sydney AU city z:Australia/Sydney
  * Sydney | en Sydney! | ru Сидней | uk Сідней | zh 悉尼 | ja シドニー
melbourne AU city z:Australia/Melbourne
  * Melbourne | ru Мельбурн | uk Мельбурн | zh 墨尔本 | ja メルボルン
brisbane AU city z:Australia/Brisbane
  * Brisbane | ru Брисбен | uk Брісбен | zh 布里斯班 | ja ブリスベン
perth AU city z:Australia/Perth
  * Perth | ru Перт | uk Перт | zh 珀斯 | ja パース
adelaide AU city z:Australia/Adelaide
  * Adelaide! | fr Adélaïde! | es Adelaida!;Adelaide! | ru Аделаида | uk Аделаїда | zh 阿德莱德
  ja アデレード
auckland NZ city z:Pacific/Auckland
  * Auckland | ru Окленд! | uk Окленд! | zh 奥克兰! | ja オークランド!
queensland AU region
  * Queensland | ru Квинсленд | uk Квінсленд | zh 昆士兰 | ja クイーンズランド州
new_south_wales AU region
  en,sv New South Wales | it Nuovo Galles del Sud | fr Nouvelle-Galles du Sud
  de New South Wales;Neusüdwales | es Nueva Gales del Sur | pt Nova Gales do Sul
  nl Nieuw-Zuid-Wales | pl Nowa Południowa Walia | cs Nový Jižní Wales | ru Новый Южный Уэльс
  uk Новий Південний Уельс | zh 新南威尔士 | ja ニューサウスウェールズ州
victoria_australia AU region
  * Victoria! | pl Wiktoria! | ru Виктория! | uk Вікторія! | zh 维多利亚州 | ja ビクトリア州
western_australia AU region
  en Western Australia | it Australia Occidentale | fr Australie-Occidentale
  de Westaustralien;Western Australia | es Australia Occidental | pt Austrália Ocidental
  nl West-Australië | pl Australia Zachodnia | cs Západní Austrálie | sv Västaustralien
  ru Западная Австралия | uk Західна Австралія | zh 西澳大利亚 | ja 西オーストラリア州
tasmania AU region
  * Tasmania | fr Tasmanie | de,sv Tasmanien | pt Tasmânia | nl Tasmanië | cs Tasmánie
  ru Тасмания | uk Тасманія | zh 塔斯马尼亚 | ja タスマニア
tahiti FR region
  * Tahiti | ru Таити | uk Таїті | zh 塔希提 | ja タヒチ
# ---------------------------------------------------------------- more cities of a million and more
xuzhou CN city
  * Xuzhou | ru Сюйчжоу | uk Сюйчжоу | zh 徐州 | ja 徐州
shantou CN city
  * Shantou | cs Šan-tchou;Shantou | ru Шаньтоу | uk Шаньтоу | zh 汕头 | ja 汕頭;スワトウ
yantai CN city
  * Yantai | cs Jen-tchaj;Yantai | ru Яньтай | uk Яньтай | zh 烟台 | ja 煙台
luoyang CN city
  * Luoyang | cs Luo-jang;Luoyang | ru Лоян | uk Лоян | zh 洛阳 | ja 洛陽
baotou CN city
  * Baotou | cs Pao-tchou;Baotou | ru Баотоу | uk Баотоу | zh 包头 | ja 包頭
xining CN city
  * Xining | cs Si-ning;Xining | ru Синин | uk Сінін | zh 西宁 | ja 西寧
yinchuan CN city
  * Yinchuan | cs Jin-čchuan;Yinchuan | ru Иньчуань | uk Іньчуань | zh 银川 | ja 銀川
haikou CN city
  * Haikou | cs Chaj-kchou;Haikou | ru Хайкоу | uk Хайкоу | zh 海口 | ja 海口
zibo CN city
  * Zibo | cs C’-po;Zibo | ru Цзыбо | uk Цзибо | zh 淄博 | ja 淄博
weifang CN city
  * Weifang | cs Wej-fang;Weifang | ru Вэйфан | uk Вейфан | zh 潍坊 | ja 濰坊
linyi CN city
  * Linyi | cs Lin-i;Linyi | ru Линьи | uk Ліньї | zh 临沂 | ja 臨沂
nantong CN city
  * Nantong | cs Nan-tchung;Nantong | ru Наньтун | uk Наньтун | zh 南通 | ja 南通
quanzhou CN city
  * Quanzhou | cs Čchüan-čou;Quanzhou | ru Цюаньчжоу | uk Цюаньчжоу | zh 泉州 | ja 泉州
huizhou CN city
  * Huizhou | cs Chuej-čou;Huizhou | ru Хуэйчжоу | uk Хуейчжоу | zh 惠州 | ja 恵州
handan CN city
  * Handan | cs Chan-tan;Handan | ru Ханьдань | uk Ханьдань | zh 邯郸 | ja 邯鄲
baoding CN city
  * Baoding | cs Pao-ting;Baoding | ru Баодин | uk Баодін | zh 保定 | ja 保定
datong CN city
  * Datong | cs Ta-tchung;Datong | ru Датун | uk Датун | zh 大同! | ja 大同!
sanya CN city
  * Sanya | cs San-ja;Sanya | ru Санья | uk Санья | zh 三亚 | ja 三亜
yichang CN city
  * Yichang | cs I-čchang;Yichang | ru Ичан | uk Ічан | zh 宜昌 | ja 宜昌
xiangyang CN city
  * Xiangyang | cs Siang-jang;Xiangyang | ru Сянъян | uk Сянъян | zh 襄阳 | ja 襄陽
liuzhou CN city
  * Liuzhou | cs Liou-čou;Liuzhou | ru Лючжоу | uk Лючжоу | zh 柳州 | ja 柳州
daqing CN city
  * Daqing | cs Ta-čching;Daqing | ru Дацин | uk Дацін | zh 大庆 | ja 大慶
anshan CN city
  * Anshan | cs An-šan;Anshan | ru Аньшань | uk Аньшань | zh 鞍山 | ja 鞍山
fushun CN city
  * Fushun | cs Fu-šun;Fushun | ru Фушунь | uk Фушунь | zh 抚顺 | ja 撫順
vadodara IN city
  * Vadodara | ru Вадодара | uk Вадодара | zh 瓦多达拉 | ja バドダラ
ludhiana IN city
  * Ludhiana | ru Лудхиана | uk Лудхіана | zh 卢迪亚纳 | ja ルディヤーナー
visakhapatnam IN city
  * Visakhapatnam | ru Вишакхапатнам | uk Вішакхапатнам | zh 维沙卡帕特南 | ja ヴィシャーカパトナム
coimbatore IN city
  * Coimbatore | ru Коимбатур | uk Коїмбатур | zh 哥印拜陀 | ja コインバトール
madurai IN city
  * Madurai | ru Мадурай | uk Мадурай | zh 马杜赖 | ja マドゥライ
prayagraj IN city
  * Prayagraj;Allahabad | ru Праяградж;Аллахабад | uk Праяградж;Аллахабад | zh 阿拉哈巴德
  ja アラハバード
guwahati IN city
  * Guwahati | ru Гувахати | uk Гувахаті | zh 古瓦哈提 | ja グワーハーティー
chandigarh IN city
  * Chandigarh | pl Ćandigarh;Chandigarh | cs Čandígarh;Chandigarh | ru Чандигарх | uk Чандігарх
  zh 昌迪加尔 | ja チャンディーガル
jodhpur IN city
  * Jodhpur | ru Джодхпур | uk Джодхпур | zh 焦特布尔 | ja ジョードプル
raipur IN city
  * Raipur | ru Райпур | uk Райпур | zh 赖布尔 | ja ライプル
ranchi IN city
  * Ranchi | ru Ранчи | uk Ранчі | zh 兰契 | ja ランチー
gujranwala PK city
  * Gujranwala | ru Гуджранвала | uk Гуджранвала | zh 古杰兰瓦拉 | ja グジュラーンワーラー
semarang ID city
  * Semarang | ru Семаранг | uk Семаранг | zh 三宝垄 | ja スマラン
palembang ID city
  * Palembang | ru Палембанг | uk Палембанг | zh 巨港 | ja パレンバン
tangerang ID city
  * Tangerang | ru Тангеранг | uk Тангеранг | zh 唐格朗 | ja タンゲラン
bekasi ID city
  * Bekasi | ru Бекаси | uk Бекасі | zh 勿加泗 | ja ブカシ
kawasaki JP city
  * Kawasaki! | ru Кавасаки! | uk Кавасакі! | zh 川崎! | ja 川崎!
saitama JP city
  * Saitama | ru Сайтама | uk Сайтама | zh 埼玉 | ja さいたま;さいたま市;埼玉
sendai JP city
  * Sendai | ru Сендай | uk Сендай | zh 仙台 | ja 仙台
kitakyushu JP city
  * Kitakyushu | cs Kitakjúšú;Kitakyushu | ru Китакюсю | uk Кітакюсю | zh 北九州 | ja 北九州
chiba JP city
  * Chiba | cs Čiba | ru Тиба | uk Тіба | zh 千叶 | ja 千葉!
suwon KR city
  * Suwon | ru Сувон | uk Сувон | zh 水原 | ja 水原;スウォン
ulsan KR city
  * Ulsan | ru Ульсан | uk Ульсан | zh 蔚山 | ja 蔚山
kumasi GH city
  * Kumasi | ru Кумаси | uk Кумасі | zh 库马西 | ja クマシ
port_harcourt NG city
  * Port Harcourt | ru Порт-Харкорт | uk Порт-Гаркорт | zh 哈科特港 | ja ポートハーコート
mbuji_mayi CD city
  * Mbuji-Mayi | ru Мбужи-Майи | uk Мбужі-Маї | zh 姆布吉马伊 | ja ムブジマイ
campinas BR city
  * Campinas | ru Кампинас | uk Кампінас | zh 坎皮纳斯 | ja カンピーナス
arequipa PE city
  * Arequipa | ru Арекипа | uk Арекіпа | zh 阿雷基帕 | ja アレキパ
# ---------------------------------------------------------------- more European cities over 250,000
gelsenkirchen DE city
  * Gelsenkirchen | ru Гельзенкирхен | uk Гельзенкірхен | zh 盖尔森基兴 | ja ゲルゼンキルヒェン
monchengladbach DE city
  * Mönchengladbach | ru Мёнхенгладбах | uk Менхенгладбах | zh 门兴格拉德巴赫
  ja メンヒェングラートバッハ
braunschweig DE city
  en Brunswick;Braunschweig | it Braunschweig;Brunswick | fr,es Brunswick
  de,pt,nl,sv Braunschweig | pl Brunszwik | cs Brunšvik | ru Брауншвейг | uk Брауншвейг
  zh 不伦瑞克 | ja ブラウンシュヴァイク
bradford GB city
  * Bradford | ru Брадфорд | uk Бредфорд | zh 布拉德福德 | ja ブラッドフォード
espoo FI city
  * Espoo | sv Esbo;Espoo | ru Эспоо | uk Еспоо | zh 埃斯波 | ja エスポー
tampere FI city
  * Tampere | sv Tammerfors;Tampere | ru Тампере | uk Тампере | zh 坦佩雷 | ja タンペレ
bialystok PL city
  * Białystok | en Białystok;Bialystok | de Białystok;Bialystok | ru Белосток | uk Білосток
  zh 比亚韦斯托克 | ja ビャウィストク
cherkasy UA city
  en,es,pt Cherkasy | it Čerkasy;Cherkasy | fr Tcherkassy | de Tscherkassy | nl Tsjerkasy
  pl Czerkasy | cs Čerkasy | sv Tjerkasy | ru Черкассы | uk Черкаси | zh 切尔卡瑟
  ja チェルカースィ
khmelnytskyi UA city
  en Khmelnytskyi;Khmelnytsky | it Khmelnytskyi | fr Khmelnytskyï | de Chmelnyzkyj
  es Jmelnitski | pt Khmelnytskyi | nl Chmelnytsky | pl Chmielnicki! | cs Chmelnyckyj!
  sv Chmelnytskyj | ru Хмельницкий! | uk Хмельницький! | zh 赫梅利尼茨基 | ja フメリニツキー
makiivka UA city
  en Makiivka;Makeyevka | it,fr Makiïvka | de Makijiwka | es,pt,nl Makiivka | pl Makiejewka
  cs,sv Makijivka | ru Макеевка | uk Макіївка | zh 马基伊夫卡 | ja マキイフカ
horlivka UA city
  * Horlivka | en Horlivka;Gorlovka | de Horliwka | pl Gorłówka | ru Горловка | uk Горлівка
  zh 霍尔利夫卡 | ja ホルリウカ
tolyatti RU city
  en Tolyatti;Togliatti | it Togliatti! | fr Togliatti;Tolyatti | de,nl,cs,sv Toljatti
  es,pt,pl Togliatti | ru Тольятти | uk Тольятті | zh 陶里亚蒂 | ja トリヤッチ
izhevsk RU city
  en,es,pt Izhevsk | it,cs Iževsk | fr Ijevsk | de Ischewsk | nl,sv Izjevsk | pl Iżewsk
  ru Ижевск | uk Іжевськ | zh 伊热夫斯克 | ja イジェフスク
ulyanovsk RU city z:Europe/Ulyanovsk
  en Ulyanovsk | it Ul’janovsk | fr Oulianovsk | de,pl Uljanowsk | es Uliánovsk | pt Ulianovsk
  nl Oeljanovsk | cs,sv Uljanovsk | ru Ульяновск | uk Ульяновськ | zh 乌里扬诺夫斯克
  ja ウリヤノフスク
yaroslavl RU city
  en,es Yaroslavl | it Jaroslavl’ | fr Iaroslavl | de Jaroslawl | pt Iaroslavl;Yaroslavl
  nl,cs,sv Jaroslavl | pl Jarosław! | ru Ярославль | uk Ярославль | zh 雅罗斯拉夫尔
  ja ヤロスラヴリ
tyumen RU city
  en Tyumen | it Tjumen’ | fr Tioumen | de Tjumen | es Tiumén | pt,sv Tiumen | nl Tjoemen
  pl Tiumeń | cs Ťumeň | ru Тюмень | uk Тюмень | zh 秋明 | ja チュメニ
barnaul RU city z:Asia/Barnaul
  * Barnaul | pl Barnauł | ru Барнаул | uk Барнаул | zh 巴尔瑙尔 | ja バルナウル
tomsk RU city z:Asia/Tomsk
  * Tomsk | ru Томск | uk Томськ | zh 托木斯克 | ja トムスク
orenburg RU city
  * Orenburg | ru Оренбург | uk Оренбург | zh 奥伦堡 | ja オレンブルク
kemerovo RU city
  * Kemerovo | de,pl Kemerowo | ru Кемерово | uk Кемерово | zh 克麦罗沃 | ja ケメロヴォ
ryazan RU city
  en Ryazan | it Rjazan’ | fr Riazan | de Rjasan | es Riazán | pt Riazan | nl,sv Rjazan
  pl Riazań | cs Rjazaň | ru Рязань | uk Рязань | zh 梁赞 | ja リャザン
astrakhan RU city z:Europe/Astrakhan
  en,fr Astrakhan | it Astrachan’ | de,nl,sv Astrachan | es Astracán | pt Astracã
  pl Astrachań | cs Astrachaň | ru Астрахань | uk Астрахань | zh 阿斯特拉罕 | ja アストラハン
penza RU city
  * Penza | de,pl Pensa | ru Пенза | uk Пенза | zh 奔萨 | ja ペンザ
lipetsk RU city
  en,fr,pt,nl,sv Lipetsk | it,cs Lipeck | de Lipezk | es Lípetsk | pl Lipieck | ru Липецк
  uk Липецьк | zh 利佩茨克 | ja リペツク
tula RU city
  * Tula | ru Тула | uk Тула | zh 图拉 | ja トゥーラ
stavropol RU city
  * Stavropol | de,pl Stawropol | ru Ставрополь | uk Ставрополь | zh 斯塔夫罗波尔 | ja スタヴロポリ
tver RU city
  * Tver | de,pl Twer | ru Тверь | uk Твер | zh 特维尔 | ja トヴェリ
smolensk RU city
  * Smolensk | pl Smoleńsk | ru Смоленск | uk Смоленськ | zh 斯摩棱斯克 | ja スモレンスク
pskov RU city
  * Pskov | de Pskow | pl Psków | ru Псков | uk Псков | zh 普斯科夫 | ja プスコフ
arkhangelsk RU city
  en Arkhangelsk;Archangel | it Arcangelo!;Archangel’sk | fr Arkhangelsk | es Arjánguelsk
  de,nl,cs,sv Archangelsk | pt Arkhangelsk | pl Archangielsk | ru Архангельск
  uk Архангельськ | zh 阿尔汉格尔斯克 | ja アルハンゲリスク
yakutsk RU city z:Asia/Yakutsk
  * Yakutsk | fr Iakoutsk | de,cs,sv Jakutsk | nl Jakoetsk | pl Jakuck | ru Якутск | uk Якутськ
  zh 雅库茨克 | ja ヤクーツク
# ---------------------------------------------------------------- squares, streets and wider region
tiananmen_square CN area
  en Tiananmen Square;Tiananmen | it piazza Tienanmen;Tienanmen;Tiananmen
  fr place Tian’anmen;Tian’anmen | de Platz des Himmlischen Friedens;Tian’anmen-Platz;Tiananmen
  es plaza de Tiananmén;Tiananmén | pt Praça da Paz Celestial;Praça Tiananmen;Tiananmen
  nl Plein van de Hemelse Vrede;Tiananmenplein | pl plac Tiananmen;Tiananmen
  cs náměstí Nebeského klidu | sv Himmelska fridens torg | ru площадь Тяньаньмэнь;Тяньаньмэнь
  uk площа Тяньаньмень;Тяньаньмень | zh 天安门广场;天安门 | ja 天安門広場;天安門
maidan UA area
  en Maidan;Maidan Nezalezhnosti | it Maidan;piazza Maidan | fr Maïdan | de Maidan;Majdan
  es Maidán | pt,nl Maidan | pl Majdan! | cs Majdan | sv Majdan | ru Майдан
  uk Майдан;Майдан Незалежності | zh 迈丹;独立广场! | ja マイダン;独立広場!
red_square RU area
  en Red Square | it Piazza Rossa | fr place Rouge | de Roter Platz;Roten Platz | es Plaza Roja
  pt Praça Vermelha | nl Rode Plein | pl plac Czerwony | cs Rudé náměstí | sv Röda torget
  ru Красная площадь;Красной площади | uk Червона площа | zh 红场 | ja 赤の広場
tahrir_square EG area
  en Tahrir Square | it piazza Tahrir | fr place Tahrir | de Tahrir-Platz | es plaza Tahrir
  pt praça Tahrir | nl Tahrirplein | pl plac Tahrir | cs náměstí Tahrír | sv Tahrirtorget
  ru площадь Тахрир | uk площа Тахрір | zh 解放广场 | ja タハリール広場
taksim_square TR area
  en Taksim Square;Taksim | it piazza Taksim | fr place Taksim | de Taksim-Platz
  es plaza Taksim | pt praça Taksim | nl Taksimplein | pl plac Taksim | cs náměstí Taksim
  sv Taksimtorget | ru площадь Таксим | uk площа Таксим | zh 塔克西姆广场 | ja タクシム広場
trafalgar_square GB area
  * Trafalgar Square | ru Трафальгарская площадь | uk Трафальгарська площа | zh 特拉法加广场
  ja トラファルガー広場
champs_elysees FR area
  * Champs-Élysées | ru Елисейские Поля | uk Єлисейські Поля | zh 香榭丽舍大街
  ja シャンゼリゼ通り;シャンゼリゼ
asia_pacific - region
  en Asia-Pacific;Asia Pacific | it Asia-Pacifico | fr Asie-Pacifique
  de Asien-Pazifik;asiatisch-pazifischer Raum | es Asia-Pacífico | pt Ásia-Pacífico
  nl Azië-Pacific | pl Azja i Pacyfik;Azja-Pacyfik | cs Asie a Tichomoří
  sv Asien-Stillahavsområdet | ru Азиатско-Тихоокеанский регион;АТР
  uk Азійсько-Тихоокеанський регіон | zh 亚太;亚太地区 | ja アジア太平洋
western_balkans - region
  en Western Balkans | it Balcani occidentali | fr Balkans occidentaux
  de Westbalkan;Westlicher Balkan;Westlichen Balkan | es Balcanes Occidentales
  pt Bálcãs Ocidentais | nl Westelijke Balkan | pl Bałkany Zachodnie | cs západní Balkán
  sv Västra Balkan | ru Западные Балканы | uk Західні Балкани | zh 西巴尔干 | ja 西バルカン
"""


@dataclass
class Place:
    id: str
    country: str
    type: str
    line: int
    zones: list[str] = field(default_factory=list)
    territories: list[str] = field(default_factory=list)
    # lang -> alias -> ambiguous
    aliases: dict[str, dict[str, bool]] = field(default_factory=dict)
    drops: dict[str, set[str]] = field(default_factory=dict)


class DataError(Exception):
    pass


def split_aliases(text: str) -> list[tuple[str, bool]]:
    out = []
    for raw in text.split(";"):
        alias = " ".join(raw.split())
        if not alias:
            continue
        ambiguous = alias.endswith("!")
        out.append((alias.rstrip("!").strip(), ambiguous))
    return out


def parse_fields(place: Place, text: str, lineno: int) -> None:
    star: list[tuple[str, bool]] = []
    own: dict[str, list[tuple[str, bool]]] = {}
    for part in text.split(" | "):
        part = part.strip()
        if not part:
            continue
        head, _, rest = part.partition(" ")
        if head.startswith("-"):
            for lang in head[1:].split(","):
                if lang not in LANGS:
                    raise DataError(f"line {lineno}: unknown language {lang!r}")
                place.drops.setdefault(lang, set()).update(a for a, _ in split_aliases(rest))
            continue
        names = split_aliases(rest)
        if not names:
            raise DataError(f"line {lineno}: field {part!r} has no alias")
        if head == "*":
            star.extend(names)
            continue
        for lang in head.split(","):
            if lang not in LANGS:
                raise DataError(f"line {lineno}: unknown language {lang!r}")
            own.setdefault(lang, []).extend(names)
    for lang, names in own.items():
        place.aliases.setdefault(lang, {})
        for alias, amb in names:
            place.aliases[lang][alias] = place.aliases[lang].get(alias, False) or amb
    if star:
        place.aliases.setdefault("*", {})
        for alias, amb in star:
            place.aliases["*"][alias] = place.aliases["*"].get(alias, False) or amb


def parse(text: str) -> list[Place]:
    places: list[Place] = []
    seen: set[str] = set()
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0].isspace():
            if not places:
                raise DataError(f"line {lineno}: fields before the first place")
            parse_fields(places[-1], line, lineno)
            continue
        parts = line.split()
        if len(parts) < 3:
            raise DataError(f"line {lineno}: expected `id country type`: {line!r}")
        pid, country, kind, *sources = parts
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", pid):
            raise DataError(f"line {lineno}: bad id {pid!r}")
        if pid in seen:
            raise DataError(f"line {lineno}: duplicate id {pid!r}")
        seen.add(pid)
        if kind not in TYPES:
            raise DataError(f"line {lineno}: unknown type {kind!r}")
        if country != "-" and not re.fullmatch(r"[A-Z]{2}", country):
            raise DataError(f"line {lineno}: bad country {country!r}")
        place = Place(pid, "" if country == "-" else country, kind, lineno)
        for src in sources:
            if src.startswith("z:"):
                place.zones.append(src[2:])
            elif src.startswith("t:"):
                place.territories.append(src[2:])
            else:
                raise DataError(f"line {lineno}: unknown source {src!r}")
        places.append(place)
    return places


def resolve_star(place: Place) -> None:
    star = place.aliases.pop("*", {})
    for lang in LATIN:
        if lang not in place.aliases and star:
            place.aliases[lang] = dict(star)


def cldr_names(place: Place) -> dict[str, set[str]]:
    """CLDR names of the place's zones and territories, per target language."""
    out: dict[str, set[str]] = {}
    for lang, locales in CLDR_LOCALES.items():
        for code in locales:
            loc = Locale.parse(code)
            for zone in place.zones:
                city = loc.time_zones.get(zone, {}).get("city")
                if city:
                    out.setdefault(lang, set()).add(clean(city))
            for terr in place.territories:
                name = loc.territories.get(terr)
                if name:
                    out.setdefault(lang, set()).add(clean(name))
    return out


def clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    return " ".join(text.split())


def check_zones(places: list[Place]) -> None:
    root = Locale.parse("en")
    known = set(babel.core.get_global("zone_territories"))
    for p in places:
        for zone in p.zones:
            if zone not in known:
                raise DataError(f"{p.id}: unknown time zone {zone!r}")
        for terr in p.territories:
            if terr not in root.territories:
                raise DataError(f"{p.id}: unknown CLDR territory {terr!r}")


def script_ok(lang: str, alias: str) -> bool:
    """Whether every letter of `alias` is in the script that `lang` is written in."""
    for ch in alias:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        if lang in ("ru", "uk"):
            ok = name.startswith("CYRILLIC")
        elif lang == "zh":
            ok = name.startswith("CJK")
        elif lang == "ja":
            ok = name.startswith(("CJK", "HIRAGANA", "KATAKANA"))
        else:
            ok = name.startswith("LATIN")
        if not ok:
            return False
    return True


def apostrophe_variants(alias: str) -> list[str]:
    """An alias with a typographic apostrophe also comes with the ASCII one."""
    if "\u2019" in alias or "\u02bc" in alias:
        return [alias, alias.replace("\u2019", "'").replace("\u02bc", "'")]
    return [alias]


Row = tuple[str, str, str, str, str, str]


def build(text: str) -> tuple[list[Row], list[str]]:
    places = parse(text)
    check_zones(places)
    rows: set[Row] = set()
    warnings: list[str] = []
    for p in places:
        resolve_star(p)
        for lang, names in cldr_names(p).items():
            target = p.aliases.setdefault(lang, {})
            have = {fold(a) for a in target}
            for name in sorted(names):
                if name not in p.drops.get(lang, set()) and fold(name) not in have:
                    target[name] = False
                    have.add(fold(name))
        for lang, dropped in p.drops.items():
            for name in dropped:
                p.aliases.get(lang, {}).pop(name, None)
        for lang, names in p.aliases.items():
            for alias, amb in names.items():
                alias = unicodedata.normalize("NFC", alias)
                if not script_ok(lang, alias):
                    raise DataError(f"{p.id}: {lang} alias {alias!r} is not in the right script")
                if "\t" in alias or alias != alias.strip():
                    raise DataError(f"{p.id}: bad alias {alias!r}")
                for variant in apostrophe_variants(alias):
                    flag = "ambiguous" if amb else ""
                    rows.add((p.id, p.country, p.type, lang, variant, flag))
        missing = [lang for lang in LANGS if not p.aliases.get(lang)]
        if missing:
            warnings.append(f"{p.id}: no alias in {' '.join(missing)}")
    # A (id, lang, alias) appears once: an alias flagged anywhere stays flagged.
    best: dict[tuple[str, str, str], Row] = {}
    for row in rows:
        key = (row[0], row[3], row[4])
        if key not in best or row[5]:
            best[key] = row
    table = sorted(best.values(), key=lambda r: (r[0], r[3], r[4]))
    warnings.extend(collisions(table))
    return table, warnings


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[\u2019\u02bc]", "'", text)
    return " ".join(re.sub(r"[-\u2010\u2011\u2013]", " ", text).split())


def collisions(table: list[Row]) -> list[str]:
    """Aliases that name two places, or a place and a country, in one language."""
    out = []
    owners: dict[tuple[str, str], set[str]] = {}
    for row in table:
        owners.setdefault((row[3], fold(row[4])), set()).add(row[0])
    for (lang, key), ids in sorted(owners.items()):
        if len(ids) > 1:
            out.append(f"{lang} {key!r} names several places: {', '.join(sorted(ids))}")
    if COUNTRIES.exists():
        lines = COUNTRIES.read_text(encoding="utf-8").splitlines()[1:]
        country_keys: dict[tuple[str, str], str] = {}
        for line in lines:
            code, lang, kind, alias, *_ = line.split("\t")
            country_keys[(lang, fold(alias))] = f"{code} {kind}"
        for (lang, key), ids in sorted(owners.items()):
            if (lang, key) in country_keys:
                where = country_keys[(lang, key)]
                out.append(f"{lang} {key!r} is also in countries.tsv ({where}): {', '.join(ids)}")
    return out


def render(table: list[Row]) -> str:
    lines = ["\t".join(HEADER)]
    lines.extend("\t".join(row) for row in table)
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    parser.add_argument("--quiet", action="store_true", help="do not print warnings")
    args = parser.parse_args()
    try:
        table, warnings = build(PLACES)
    except DataError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if not args.quiet:
        for w in warnings:
            print(f"warning: {w}", file=sys.stderr)
    text = render(table)
    ids = {row[0] for row in table}
    print(f"babel {babel.__version__}: {len(ids)} places, {len(table)} rows", file=sys.stderr)
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is not up to date", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
