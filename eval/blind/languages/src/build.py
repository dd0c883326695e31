"""Serialise the hand-written items into ../languages.jsonl.

Helper work only: valid test NHS numbers, author handles from hand-written
name lists, a receivedAt for items whose text does not fix one, shuffling and
numbering. The texts, labels and notes are in items_*.py.
"""
import json
import os
import random
import re
import sys
from datetime import datetime, timedelta

sys.path.insert(0, os.path.dirname(__file__))
import items_a, items_b, items_c, items_d, items_e, items_f, items_g  # noqa: E401,F401
from common import ITEMS

rng = random.Random(20261101)

# --------------------------------------------------------------- NHS numbers
def nhs_check(nine):
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    c = 11 - total % 11
    if c == 11:
        c = 0
    if c == 10:
        raise ValueError("no valid NHS number starts " + nine)
    return str(c)


def nhs_sub(m):
    nine, style = m.group(1), m.group(2)
    full = nine + nhs_check(nine)
    return full if style == "c" else f"{full[:3]} {full[3:6]} {full[6:]}"


# ---------------------------------------------------------------- authors
NAMES = {
    "cy": ["Gwenno Rhys", "Dafydd Elis", "Mared Huws", "Iolo Prys", "Siân Owen", "Rhodri Bevan", "Elliw Gruffydd", "Caio Jones", "Lowri Haf", "Aled Wyn"],
    "pl": ["Kasia Nowak", "Marek Zieliński", "Ola Wiśniewska", "Paweł Kaczmarek", "Magda Szymańska", "Bartek Lewandowski", "Ewa Dąbrowska", "Kuba Wójcik", "Monika Kamińska", "Darek Mazur", "Justyna Krawczyk", "Łukasz Piotrowski", "Agata Grabowska", "Tomek Pawlak", "Iza Michalska", "Grzegorz Król", "Natalia Jabłońska", "Sebastian Wieczorek", "Asia Majewska", "Rafał Olszewski", "Beata Stępień", "Krzysiek Dudek", "Gosia Adamczyk", "Adam Sikora", "Ania Baran"],
    "ro": ["Ioana Popescu", "Andrei Ionescu", "Maria Dumitru", "Florin Stan", "Elena Munteanu", "Cosmin Radu", "Alina Matei", "Vlad Constantin", "Roxana Lupu", "Gabi Marin", "Mădălina Tudor", "Bogdan Ene", "Larisa Ciobanu", "Sorin Toma", "Denisa Florea", "Cătălin Nistor", "Raluca Barbu", "Marius Oprea", "Oana Cristea", "Ionuț Moldovan", "Diana Pavel", "Adi Neagu"],
    "pa": ["Harpreet Kaur", "Gurpreet Singh", "Jaswinder Sandhu", "Manpreet Gill", "Amrit Dhillon", "Kulwant Bains", "Simran Johal", "Rajinder Sidhu", "Navdeep Grewal", "Parminder Athwal", "Baljit Kang", "Sukhwinder Rai", "Jas Toor", "Inderjit Mann", "Harjeet Bhogal", "Kirandeep Hayer", "Taran Uppal", "Gurdeep Basra", "Raman Sohal", "Davinder Chahal"],
    "ur": ["Ayesha Khan", "Bilal Ahmed", "Sana Malik", "Usman Hussain", "Fatima Iqbal", "Hamza Raza", "Zainab Chaudhry", "Imran Butt", "Nadia Aslam", "Faisal Mirza", "Hina Shah", "Adeel Qureshi", "Saima Javed", "Kamran Sheikh", "Rabia Anwar", "Tariq Mahmood", "Mehwish Rana", "Asif Nawaz", "Shazia Bashir", "Omar Farooq", "Sadia Latif", "Yasir Abbasi", "Noreen Akhtar", "Waqas Saleem"],
    "hi": ["Priya Sharma", "Rahul Gupta", "Anjali Patel", "Vikram Singh", "Neha Verma", "Amit Joshi", "Pooja Mehta", "Sanjay Kumar", "Kavita Rao", "Rohit Mishra", "Deepa Nair", "Arjun Kapoor", "Sunita Yadav", "Manish Tiwari", "Ritu Bansal", "Karan Malhotra", "Shweta Saxena", "Nikhil Chopra", "Meera Iyer"],
    "bn": ["Shirin Begum", "Abdul Karim", "Nasrin Akter", "Jamal Uddin", "Rukhsana Miah", "Shahed Ali", "Taslima Khatun", "Mizanur Rahman", "Sumaiya Islam", "Rafiq Hossain", "Farzana Chowdhury", "Anwar Miah", "Mahmuda Begum", "Sabbir Ahmed", "Jesmin Ara"],
    "gu": ["Hetal Patel", "Jignesh Shah", "Bhavna Desai", "Mehul Parekh", "Nisha Mistry", "Kalpesh Modi", "Rina Thakkar", "Dhaval Joshi", "Komal Vyas", "Paresh Chauhan", "Mital Solanki"],
    "pt": ["Ana Souza", "João Pereira", "Mariana Costa", "Rafael Oliveira", "Beatriz Santos", "Tiago Ferreira", "Camila Lima", "Diogo Martins", "Juliana Alves", "Pedro Rocha", "Larissa Gomes", "Ricardo Silva", "Fernanda Ribeiro", "Bruno Carvalho", "Inês Moreira", "Thiago Barbosa", "Patrícia Dias", "Gustavo Nunes"],
    "es": ["Lucía García", "Javier López", "Carmen Ruiz", "Diego Fernández", "Sofía Martín", "Álvaro Sánchez", "Paula Gómez", "Sergio Díaz", "Valentina Torres", "Andrés Ramírez", "Marta Navarro", "Pablo Moreno", "Daniela Herrera", "Raúl Castillo", "Elena Vega", "Mateo Rojas", "Claudia Ortiz", "Hugo Molina"],
    "it": ["Giulia Rossi", "Marco Bianchi", "Francesca Romano", "Luca Colombo", "Chiara Ricci", "Alessandro Marino", "Sara Greco", "Matteo Bruno", "Elisa Gallo", "Davide Conti", "Martina Costa", "Simone Fontana", "Federica Moretti"],
    "fr": ["Camille Martin", "Julien Bernard", "Léa Dubois", "Thomas Moreau", "Chloé Laurent", "Nicolas Lefèvre", "Manon Girard", "Antoine Roux", "Inès Fournier", "Hugo Mercier", "Sarah Blanc", "Yanis Benali", "Aminata Diallo"],
    "de": ["Anna Schmidt", "Lukas Müller", "Lea Schneider", "Jonas Fischer", "Laura Weber", "Felix Wagner", "Sophie Becker", "Tobias Hoffmann", "Hannah Koch", "Jan Richter", "Marie Klein", "Stefan Wolf", "Katrin Braun", "Nils Zimmermann"],
    "ar": ["Ahmed Hassan", "Fatima Al-Sayed", "Omar Khalil", "Layla Mansour", "Youssef Ibrahim", "Nour Haddad", "Khaled Nasser", "Mariam Saleh", "Hussein Ali", "Rania Darwish", "Tariq Aziz", "Huda Younis", "Samir Jaber", "Dina Farouk", "Karim Othman", "Salma Qasim", "Mahmoud Said", "Lina Abboud", "Walid Hamdan", "Reem Kanaan"],
    "fa": ["Maryam Ahmadi", "Reza Hosseini", "Sara Karimi", "Ali Rezaei", "Niloufar Moradi", "Amir Jafari", "Shirin Rahimi", "Babak Sadeghi", "Parisa Mohammadi", "Kaveh Tehrani", "Leila Azizi"],
    "tr": ["Elif Yılmaz", "Mehmet Kaya", "Zeynep Demir", "Mustafa Şahin", "Ayşe Çelik", "Emre Yıldız", "Fatma Aydın", "Burak Öztürk", "Merve Arslan", "Hakan Doğan", "Selin Koç", "Serkan Kurt", "Büşra Aksoy", "Ozan Polat"],
    "so": ["Hodan Ali", "Abdirahman Warsame", "Faadumo Hassan", "Mohamed Farah", "Sahra Jama", "Abdi Nur", "Hibo Abdullahi", "Yusuf Omar", "Ifrah Aden", "Liban Ismail", "Nimco Yusuf", "Ayaan Osman", "Khadar Hersi", "Sagal Mohamud"],
    "ckb": ["Shilan Karim", "Aram Rashid"], "ps": ["Gul Khan Safi", "Zarmina Popal"],
    "ti": ["Senait Tesfay", "Yonas Gebremedhin"], "am": ["Meron Alemu", "Tigist Bekele"],
    "lt": ["Rūta Kazlauskienė", "Tomas Jankauskas", "Eglė Petrauskaitė", "Mantas Stankevičius", "Ieva Vasiliauskaitė", "Darius Žukauskas", "Gintarė Butkutė", "Paulius Navickas", "Aistė Urbonaitė", "Karolis Balčiūnas", "Simona Rimkutė", "Vytautas Paulauskas"],
    "bg": ["Maria Georgieva", "Ivan Petrov", "Elena Dimitrova", "Georgi Nikolov", "Desislava Todorova", "Nikolai Stoyanov", "Teodora Koleva", "Stefan Angelov", "Yana Hristova", "Boyan Iliev", "Radostina Marinova"],
    "hu": ["Eszter Nagy", "Bence Kovács", "Anna Tóth", "Gábor Szabó", "Réka Horváth", "Dániel Varga", "Zsófia Kiss", "Márton Molnár", "Krisztina Németh", "Ádám Farkas", "Petra Balogh", "Tamás Papp"],
    "zh": ["Li Wei", "Zhang Min", "Wang Fang", "Chen Jie", "Liu Yang", "Huang Xin", "Zhao Lei", "Wong Ka-yan", "Chan Tsz-ho", "Lam Wing-sze", "Cheung Man-lok", "Lau Hoi-yee", "Yeung Chi-kin", "Xu Ting", "Sun Hao", "Ma Lin", "Zhou Yi", "Tang Mei", "He Jun"],
    "ta": ["Kavitha Rajan", "Suresh Kumar", "Priya Sivakumar", "Arun Thevarajah", "Tharshini Balan", "Karthik Murugan", "Nithya Selvam", "Vijay Pillai", "Luxmi Ananthan", "Senthil Nathan"],
    "uk": ["Oksana Kovalenko", "Andriy Shevchenko", "Iryna Bondarenko"],
    "ru": ["Natalia Smirnova", "Dmitri Volkov", "Olga Kuznetsova"],
    "sq": ["Arta Hoxha", "Besnik Krasniqi"], "vi": ["Nguyen Thi Lan", "Tran Van Minh"],
    "tl": ["Maricel Santos", "Jomar Reyes"], "yo": ["Adebayo Ogunleye"],
    "cs": ["Petra Nováková", "Jakub Dvořák"], "sk": ["Zuzana Horváthová", "Martin Kováč"],
    "el": ["Eleni Papadopoulou", "Nikos Georgiou"], "ne": ["Sushila Gurung"],
}
TRANSLIT = str.maketrans({
    "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z",
    "ă": "a", "â": "a", "î": "i", "ș": "s", "ț": "t", "ş": "s", "ţ": "t", "ç": "c", "ğ": "g",
    "ı": "i", "ö": "o", "ü": "u", "é": "e", "è": "e", "ê": "e", "á": "a", "à": "a", "ã": "a",
    "í": "i", "ú": "u", "ô": "o", "õ": "o", "ñ": "n", "ä": "a", "ß": "ss", "ū": "u", "ė": "e",
    "č": "c", "š": "s", "ž": "z", "ų": "u", "į": "i", "ő": "o", "ű": "u", "ř": "r", "ý": "y",
    "ě": "e", "ů": "u", "ï": "i", "Ł": "L", "Ś": "S", "Ż": "Z", "Ș": "S", "Á": "A", "Ö": "O",
    "Ü": "U", "Ç": "C", "İ": "I", "Ş": "S", "Ž": "Z", "Č": "C", "Š": "S", "Ī": "I", "Ā": "A",
    "â": "a", "Ä": "A", "É": "E", "Ø": "O",
})
used_people = {}


def author(lang, mix):
    base = (mix if lang == "en" else lang).split("-")[0]
    pool = NAMES[base]
    k = used_people.get(base, 0)
    used_people[base] = k + 1
    name = pool[k % len(pool)]
    if k >= len(pool):  # a second message from someone else with that name
        name = name.split()[0] + " " + name.split()[-1][0] + "."
    ascii_name = name.translate(TRANSLIT)
    parts = re.sub(r"[^A-Za-z ]", "", ascii_name).lower().split()
    style = rng.randrange(5)
    if style == 0:
        handle = parts[0] + "_" + parts[-1]
    elif style == 1:
        handle = parts[0] + parts[-1][:1] + str(rng.randrange(70, 100))
    elif style == 2:
        handle = parts[0][:1] + parts[-1] + str(rng.randrange(1, 30))
    elif style == 3:
        handle = parts[0] + "." + parts[-1] + str(rng.randrange(1980, 2008))
    else:
        handle = parts[-1] + "_" + parts[0][:3] + "x"
    return {"handle": "@" + handle, "name": name}


# Authors whose text signs a name or speaks for an outlet.
WHO = {
    "Gwenllian ap Dafydd": ("@gwenllian_apd", "Gwenllian ap Dafydd"),
    "Bore Da Manceinion": ("@BoreDaManceinion", "Bore Da Manceinion"),
    "Tomasz Wrona": ("@tomasz.wrona", "Tomasz Wrona"),
    "Polonia Północ": ("@agnieszka.lis.dziennikarka", "Agnieszka Lis"),
    "Mihai Dobre": ("@mihai.dobre77", "Mihai Dobre"),
    "Diaspora TV Londra": ("@DiasporaTVLondra", "Diaspora TV Londra"),
    "ندیم اختر": ("@nadeem_akhtar_mcr", "Nadeem Akhtar"),
    "صدائے مانچسٹر": ("@SadaeManchester", "Imran Qureshi"),
    "راجेश वर्मा": ("@rajesh_verma_wv", "Rajesh Verma"),
    "राजेश वर्मा": ("@rajesh_verma_wv", "Rajesh Verma"),
    "সুরমা টিভি": ("@SurmaTVUK", "Surma TV UK"),
    "Brasileiros em Londres": ("@mariana.brasileiroslondres", "Mariana Teixeira"),
    "Rui Carvalho": ("@rui.carvalho.uk", "Rui Carvalho"),
    "Lucía Romero": ("@lucia_romero_uk", "Lucía Romero"),
    "Italiani a Manchester": ("@italianiamanchester", "Italiani a Manchester"),
    "Francophones UK": ("@FrancophonesUK", "Francophones UK"),
    "Jana Hofmann": ("@jana_hofmann_mcr", "Jana Hofmann"),
    "سامر الحلبي": ("@samer.halabi", "Samer Al-Halabi"),
    "العرب في بريطانيا": ("@reem.arabsinbritain", "Reem Haddad"),
    "ایرانی‌های شمال انگلیس": ("@iraniansnorthpod", "Iranians of the North"),
    "Emre Kaya": ("@emrekaya_ldn", "Emre Kaya"),
    "Avrupa Türk FM": ("@AvrupaTurkFM", "Avrupa Türk FM"),
    "Jonas Petrauskas": ("@jonas.petrauskas", "Jonas Petrauskas"),
    "Мария Иванова": ("@maria.ivanova.wv", "Мария Иванова"),
    "英伦华人周报": ("@UKChineseWeekly", "英伦华人周报"),
    "Szybkie pożyczki": ("@szybka_pozyczka_uk", "Pożyczki UK 24h"),
    "Castiga 500£": ("@crypto.profit.ro", "Andrei Crypto Mentor"),
    "UK study visa": ("@jassi_visa_consultant", "Jassi Visa Services"),
    "Quran classes": ("@noor_quran_academy", "Noor Quran Academy"),
    "ঘরে বসে মাসে": ("@easy_income_uk_bd", "Easy Income UK"),
    "આયુર્વેદિક": ("@ayurved_cure_uk", "Ayurved Cure UK"),
    "GANHE SEGUIDORES": ("@turbo.insta.br", "Turbo Insta"),
    "nhs-verificacion": ("@NHS_Soporte_UK", "NHS Soporte"),
    "آيفون": ("@apple.gifts.uk", "Apple Gifts"),
    "trading automatico": ("@marco.trading.pro", "Marco Trading Pro"),
    "Pigūs skrydžiai": ("@pigus_skrydziai_uk", "Pigūs skrydžiai"),
    "奶粉代购": ("@ukdaigou888", "英国代购小美"),
    "தங்க நகைகளுக்கு": ("@southall_gold_ta", "Southall Gold House"),
    "Работа във Великобритания": ("@rabota_uk_bg", "Работа UK"),
    "Prodam akkaunt": ("@insta_akk_shop", "Akk Shop"),
    "royalmail-reenvio": ("@RoyalMail_Entregas", "Royal Mail Entregas"),
    "Lacag u dir": ("@xawaalad_express", "Xawaalad Express"),
}


def who_for(text):
    for key, (h, n) in WHO.items():
        if key in text:
            return {"handle": h, "name": n}
    return None


# --------------------------------------------------------------- receivedAt
START = datetime(2026, 11, 1)
END = datetime(2027, 2, 1)
HOURS_DAY = list(range(8, 18))
HOURS_EVE = list(range(18, 24))
HOURS_NIGHT = list(range(0, 7))


def rand_time(cat, lo=START, hi=END):
    span = (hi - lo).days
    day = lo + timedelta(days=rng.randrange(span))
    r = rng.random()
    night_w = 0.35 if cat in ("crisis", "threat", "abuse") else 0.1
    eve_w = 0.35
    if cat in ("media", "foi", "subject_access", "spam"):
        night_w, eve_w = 0.03, 0.15  # mostly office hours
    if r < night_w:
        h = rng.choice(HOURS_NIGHT)
    elif r < night_w + eve_w:
        h = rng.choice(HOURS_EVE)
    else:
        h = rng.choice(HOURS_DAY)
    t = day.replace(hour=h, minute=rng.randrange(60), second=0)
    return t.strftime("%Y-%m-%dT%H:%M:00Z")


def when_for(item):
    w = item["when"]
    if w is None:
        return rand_time(item["cat"])
    if w == "xmas":
        return rand_time(item["cat"], datetime(2026, 12, 10), datetime(2027, 1, 7))
    if w == "predec":
        return rand_time(item["cat"], datetime(2026, 11, 1), datetime(2026, 12, 21))
    return w


# ---------------------------------------------------------------- build
def main():
    items = list(ITEMS)
    rng.shuffle(items)
    out = []
    for n, it in enumerate(items, 1):
        text = re.sub(r"\{nhs:(\d{9}):([sc])\}", nhs_sub, it["text"])
        flags = list(it["flags"])
        if it["lang"] != "en":
            flags.append("non_english")
        rec = {
            "id": f"ml-{n:04d}",
            "text": text,
            "platform": it["plat"],
            "channel": it["chan"],
            "author": who_for(it["text"]) or author(it["lang"], it["mix"]),
            "receivedAt": when_for(it),
            "account": it["acct"],
            "expect": {"category": it["cat"], "flags": sorted(set(flags))},
            "lang": it["lang"],
            "note": it["note"],
        }
        if it["mix"]:
            rec["mixedWith"] = it["mix"]
        if it["kind"]:
            rec["kind"] = it["kind"]
        if it["trap"]:
            rec["trap"] = it["trap"]
        if "{nhs:" in it["text"]:
            rec["pii"] = ["nhs_number"]
        out.append(rec)
    path = os.path.join(os.path.dirname(__file__), "..", "languages.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), "items written to", os.path.normpath(path))


if __name__ == "__main__":
    main()
