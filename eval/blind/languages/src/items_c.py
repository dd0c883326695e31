from common import A

# ---------------------------------------------------------- Portuguese (pt)
A("pt", "crisis", "E", "ig", "d",
  "queria so agradecer a equipe que tentou me ajudar esse ano. vcs foram incriveis. mas eu cansei. adeus",
  "PT (BR): 'I just wanted to thank the team that tried to help me this year. you were amazing. but I'm done. goodbye.' Farewell = crisis",
  kind="farewell")
A("pt", "crisis", "T", "fb", "d",
  "Já escolhi o dia. A 6 de janeiro, dia de Reis, acaba tudo. Não contem à minha mãe.",
  "PT (PT): 'I've already chosen the day. On 6 January, Epiphany, it all ends. Don't tell my mother.' Plan with a date = crisis",
  kind="plan_date", when="2027-01-02T22:34:00Z")
A("pt", "crisis", "E", "fb", "d",
  "gente pelo amor de deus minha irmã tomou um monte de remédio de dormir e tá muito sonolenta, falando enrolado. a gente mora em Chelmsford, ligo pra onde????",
  "PT (BR): 'for the love of God my sister took a load of sleeping pills and she's very drowsy, slurring. we live in Chelmsford, who do I call????' Overdose taken by someone else = crisis",
  kind="overdose", when="2026-11-29T00:58:00Z")
A("pt", "crisis", "C", "wa", "d",
  "tô tranquila agora. resolvi tudo, paguei as contas, deixei uma carta pra cada um. não precisa mais marcar consulta pra mim",
  "PT (BR): 'I'm calm now. I've sorted everything, paid the bills, left a letter for each of them. no need to book any more appointments for me.' Affairs in order + not expecting to be around = crisis",
  kind="affairs")
A("pt", "complaint", "C", "fb", "c",
  "Absurdo!!! Minha mãe de 78 anos ficou 14h num corredor do pronto-socorro sem comer. Ninguém falava português nem ofereceram intérprete. Vou fazer reclamação formal sim.",
  "PT (BR): 'Absurd!!! My 78-year-old mother spent 14 hours in an A&E corridor without food. Nobody spoke Portuguese and no interpreter was offered. I'm making a formal complaint.' Complaint")
A("pt", "pals", "H", "fb", "d",
  "Boa tarde, gostaria de saber se há estacionamento gratuito para quem faz hemodiálise três vezes por semana. Obrigada",
  "PT (PT): 'Good afternoon, I'd like to know if there is free parking for people on haemodialysis three times a week. Thank you.' Parking question = pals")
A("pt", "clinical_question", "C", "fb", "d",
  "oi, tô grávida de 30 semanas e hoje tô sentindo o bebê mexer bem menos. é normal ou devo ir na maternidade?",
  "PT (BR): 'hi, I'm 30 weeks pregnant and today I feel the baby moving much less. is it normal or should I go to the maternity unit?' Clinical advice = clinical_question")
A("pt", "compliment", "C", "ig", "c",
  "Só gratidão à enfermeira Priscila da UTI neonatal, que cuidou da minha filha como se fosse dela 🙏💖",
  "PT (BR): 'Nothing but gratitude to nurse Priscila in the neonatal ICU, who looked after my daughter as if she were her own.' Thanks naming a nurse",
  fl="n")
A("pt", "compliment", "T", "ig", "c",
  "kkkkkk morri com esse vídeo dos enfermeiros dançando 😂😂 vcs são demais",
  "PT (BR): 'hahaha I died at this video of the nurses dancing, you're too much.' Idiom 'I died' = lol; praise",
  trap="idiom: 'morri' = lol")
A("pt", "compliment", "H", "fb", "c",
  "Estou morta de cansaço mas o meu pai finalmente teve alta! Obrigada a todos da enfermaria, foram uns anjos",
  "PT (PT): 'I'm dead tired but my dad has finally been discharged! Thanks to everyone on the ward, you were angels.' Idiom; thanks",
  trap="idiom: dead tired")
A("pt", "spam", "R", "ig", "c",
  "🔥 GANHE SEGUIDORES REAIS 🔥 1000 seguidores por apenas R$ 19,90! Chama no direct 👉 @turbo.insta.br",
  "PT (BR): 'GET REAL FOLLOWERS, 1000 followers for just R$19.90! DM us.' Follower-selling = spam")
A("pt", "media", "H", "x", "d",
  "Olá! Sou a Mariana, jornalista do portal Brasileiros em Londres. Estamos fazendo uma matéria sobre o atendimento a imigrantes no NHS e gostaríamos de ouvir o hospital. Podem indicar um porta-voz?",
  "PT (BR): 'Hi! I'm Mariana, a journalist at the Brasileiros em Londres site. We're doing a piece on care for immigrants in the NHS and would like to hear from the hospital. Can you suggest a spokesperson?' Journalist = media")
A("pt", "abuse", "E", "fb", "c",
  "bando de incompetente filho da p*ta, tomara que esse hospital caia na cabeça de vcs",
  "PT (BR): 'bunch of incompetent sons of b*tches, I hope this hospital falls on your heads.' Ill-wishing without a threat = abuse",
  fl="a", trap="ill-wishing, not a threat")
A("pt", "subject_access", "H", "fb", "d",
  "Preciso de uma cópia do meu processo clínico completo, incluindo as ressonâncias de 2024, para levar ao médico em Portugal. Como faço o pedido?",
  "PT (PT): 'I need a copy of my complete clinical file, including the 2024 MRI scans, to take to my doctor in Portugal. How do I make the request?' Own records and scans = subject_access")
A("pt", "threat", "R", "fb", "c",
  "se eu encontrar aquele segurança na rua ele vai se arrepender de ter nascido. avisa ele.",
  "PT (BR): 'if I run into that security guard in the street he'll regret being born. tell him.' Threat of violence against staff",
  kind="direct")
A("pt", "foi", "H", "fb", "d",
  "Bom dia. Ao abrigo da lei de liberdade de informação, peço o número de intérpretes de português usados pelo hospital em 2025 e o custo total. Obrigado. Rui Carvalho, rui.carvalho.uk@gmail.com",
  "PT (PT): 'Good morning. Under freedom of information law I request the number of Portuguese interpreters used by the hospital in 2025 and the total cost. Thank you. Rui Carvalho, [e-mail].' foi")
A("pt", "threat", "R", "fb", "c",
  "galera, bora todo mundo amanhã na porta do New Cross dar um susto naquele médico que mandou meu pai embora. quem tá dentro? 👊",
  "PT (BR): 'guys, let's all go to the New Cross entrance tomorrow and give that doctor who sent my dad away a fright. who's in?' Inciting others against staff = threat",
  kind="incitement")

# ------------------------------------------------------------- Spanish (es)
A("es", "crisis", "T", "fb", "c",
  "ya no le veo salida a nada. todos los dias igual, el mismo vacio. para que seguir",
  "ES: 'I can't see a way out of anything any more. every day the same, the same emptiness. what's the point of going on.' Hopelessness = crisis",
  kind="hopelessness")
A("es", "crisis", "C", "fb", "c",
  "Regalo mi bici, la ropa de invierno y la play a quien la necesite, venid a por ellas este finde. Ya no las voy a usar.",
  "ES: 'Giving away my bike, winter clothes and PlayStation to whoever needs them, come and get them this weekend. I won't be using them any more.' Giving belongings away = crisis",
  kind="giving_away")
A("es", "crisis", "C", "fb", "d",
  "Mi compañero de piso está sentado en la cornisa de la ventana del octavo y no quiere entrar. Estamos en Hulme. Ayuda por favor",
  "ES: 'My flatmate is sitting on the window ledge on the eighth floor and won't come in. We're in Hulme. Help please.' Person in a high place = crisis",
  kind="high_place", when="2026-12-12T02:05:00Z")
A("es", "crisis", "E", "ig", "d",
  "no le digan a nadie pero me volví a cortar y esta vez no para de sangrar bien",
  "ES (LatAm): 'don't tell anyone but I cut myself again and this time it won't stop bleeding properly.' Self-harm now = crisis",
  kind="self_harm")
A("es", "complaint", "T", "fb", "c",
  "Pedí cita para mi hijo en CAMHS hace 9 meses y nada. Nadie contesta los emails. Qué vergüenza de servicio.",
  "ES: 'I asked for a CAMHS appointment for my son 9 months ago and nothing. Nobody answers the emails. What a shameful service.' Complaint")
A("es", "pals", "R", "fb", "c",
  "Hola! Alguien sabe si puedo llevar a mi perro de asistencia a la consulta de dermatología? Gracias",
  "ES: 'Hi! Does anyone know if I can bring my assistance dog to the dermatology appointment? Thanks.' Access question = pals")
A("es", "clinical_question", "H", "fb", "d",
  "Me pusieron la vacuna de la gripe y la del covid juntas y tengo el brazo súper hinchado y caliente. ¿Es normal o tengo que ir a urgencias?",
  "ES: 'I had the flu and covid jabs together and my arm is really swollen and hot. Is it normal or should I go to A&E?' Clinical advice = clinical_question")
A("es", "compliment", "R", "fb", "c",
  "Gracias infinitas al Dr. Martínez y a todo el equipo de cardiología de New Cross. Mi padre ya está en casa 🙌",
  "ES: 'Endless thanks to Dr Martínez and the whole cardiology team at New Cross. My father is home now.' Thanks naming a doctor",
  fl="n")
A("es", "pals", "C", "ig", "c",
  "me muero de ganas de conocer a mi sobrina!! que horario de visitas teneis en maternidad? 😍",
  "ES: 'I'm dying to meet my niece!! what are the maternity visiting hours?' Idiom; visiting question = pals",
  trap="idiom: dying to meet")
A("es", "general", "R", "x", "r",
  "La peli que pusieron en la sala de espera de pediatría era una bomba jaja, los críos flipando con la explosión del final 💥",
  "ES: 'The film they put on in the paediatric waiting room was a blast haha, the kids went mad for the explosion at the end.' Film chat with 'bomb'/'explosion' = general",
  trap="film review with bomb and explosion")
A("es", "spam", "C", "x", "r",
  "Su cuenta NHS será suspendida. Verifique sus datos en nhs-verificacion-uk.com antes de 24h para evitar el bloqueo.",
  "ES: 'Your NHS account will be suspended. Verify your details at [fake site] within 24h to avoid being blocked.' Phishing = spam")
A("es", "foi", "E", "fb", "d",
  "Solicito información sobre cuántas quejas se recibieron en 2025 relacionadas con la falta de intérpretes, desglosadas por idioma. Gracias, Lucía Romero, lucia.romero.uk@gmail.com",
  "ES: 'I request information on how many complaints were received in 2025 about a lack of interpreters, broken down by language. Thanks, Lucía Romero, [e-mail].' Statistics held by the trust = foi")
A("es", "threat", "H", "fb", "c",
  "como le pase algo a mi madre voy con una barra y os reviento la recepción. avisados estáis",
  "ES: 'if anything happens to my mother I'm coming with an iron bar and I'll smash up your reception. you've been warned.' Conditional threat = threat",
  kind="ultimatum")
A("es", "abuse", "H", "x", "r",
  "pandilla de inútiles hijos de p*ta, ojalá os echen a todos a la calle",
  "ES: 'gang of useless sons of b*tches, I hope you all get thrown out on the street.' Insults, ill-wishing = abuse",
  fl="a")
A("es", "threat", "C", "x", "m",
  "@CMFTNHS hay una bomba en el parking de maternidad. a las 3 explota. no es broma",
  "ES: 'there's a bomb in the maternity car park. it goes off at 3. it's not a joke.' Bomb threat/hoax = threat",
  kind="bomb")
A("es", "subject_access", "T", "fb", "d",
  "Hola, soy la madre de Martina (9 años). Necesito una copia de su historia clínica de CAMHS porque nos mudamos a Valencia en febrero. ¿A quién se lo pido?",
  "ES: 'Hello, I'm Martina's mother (9 years old). I need a copy of her CAMHS clinical record because we're moving to Valencia in February. Who do I ask?' Parent requesting a child's records = subject_access")
A("es", "compliment", "T", "fb", "c",
  "Hace un año intenté quitarme la vida y pasé tres semanas en West Park. Hoy celebro un año entero bien, trabajando y con ganas. Gracias a todo el equipo, de corazón 💚",
  "ES: 'A year ago I tried to take my life and spent three weeks at West Park. Today I'm celebrating a whole year well, working and motivated. Thanks to the whole team, from the heart.' Past crisis told as thanks = compliment",
  trap="past crisis told as thanks")

# ------------------------------------------------------------- Italian (it)
A("it", "crisis", "E", "fb", "d",
  "ho messo tutto a posto, bollette pagate, lettera per mia sorella sul tavolo. grazie per averci provato con me",
  "IT: 'I've put everything in order, bills paid, letter for my sister on the table. thanks for trying with me.' Affairs in order = crisis",
  kind="affairs")
A("it", "crisis", "E", "fb", "d",
  "mio padre ha scritto nel gruppo di famiglia che è stanco e vuole riposare per sempre, e non risponde più al telefono. vive da solo a Colchester. vi prego aiutatemi",
  "IT: 'my father wrote in the family group that he's tired and wants to rest for ever, and isn't answering the phone any more. he lives alone in Colchester. please help me.' Third party's worry = crisis",
  kind="third_party")
A("it", "complaint", "C", "fb", "c",
  "Mia nonna è ricoverata da 5 giorni e ancora nessuno ci ha detto niente. Chiamo il reparto e non risponde mai nessuno. Vergogna.",
  "IT: 'My grandmother has been in for 5 days and still nobody has told us anything. I ring the ward and nobody ever answers. Shame.' Complaint")
A("it", "pals", "H", "fb", "c",
  "Ciao, per il prelievo del sangue serve l'appuntamento o si può andare direttamente? grazie mille",
  "IT: 'Hi, do I need an appointment for a blood test or can I just turn up? thanks a lot.' Service question = pals")
A("it", "clinical_question", "R", "fb", "d",
  "Buonasera, stamattina per sbaglio ho preso due compresse di amlodipina invece di una, mi sono confusa con la scatola nuova. Devo preoccuparmi?",
  "IT: 'Good evening, this morning I took two amlodipine tablets instead of one by mistake, I got confused with the new box. Should I worry?' Accidental double dose, not self-harm = clinical_question",
  trap="accidental double dose, not an overdose")
A("it", "compliment", "C", "ig", "c",
  "Muoio dal ridere 😂 mio marito si è innamorato dell'infermiere che gli ha fatto il prelievo. Grazie a tutti, bravissimi",
  "IT: 'I'm dying laughing, my husband has fallen in love with the nurse who took his blood. Thanks everyone, brilliant.' Idiom; praise",
  trap="idiom: dying laughing")
A("it", "compliment", "H", "ig", "c",
  "Bellissimo lo shooting fotografico del reparto per Natale! Che squadra 😍🎄",
  "IT: 'The ward's Christmas photo shoot is lovely! What a team.' 'Shooting' = photo shoot; praise",
  when="xmas",
  trap="'shooting' = photo shoot")
A("it", "media", "C", "ig", "d",
  "Buongiorno, sono Giulia Ferri del podcast 'Italiani a Manchester'. Stiamo preparando una puntata sugli infermieri italiani nel NHS, sarebbe possibile intervistare qualcuno del vostro ospedale?",
  "IT: 'Good morning, I'm Giulia Ferri from the podcast \"Italiani a Manchester\". We're preparing an episode on Italian nurses in the NHS, would it be possible to interview someone from your hospital?' Podcast = media")
A("it", "abuse", "R", "x", "r",
  "Siete una manica di incapaci e stronzi, andate a fanc*lo tutti quanti",
  "IT: 'You're a bunch of incompetent arseholes, f*ck off the lot of you.' Abuse",
  fl="a")
A("it", "spam", "E", "ig", "c",
  "Guadagna 300€ al giorno con il trading automatico! Scrivimi in DM, posti limitati 🚀",
  "IT: 'Earn €300 a day with automatic trading! DM me, limited places.' Spam")
A("it", "threat", "H", "fb", "c",
  "Dite alla dottoressa del turno di notte che so dove parcheggia. Magari una sera la macchina non la ritrova più intera.",
  "IT: 'Tell the night-shift doctor that I know where she parks. Maybe one evening she won't find her car in one piece.' Veiled threat = threat",
  kind="veiled")
A("it", "subject_access", "C", "fb", "d",
  "Buongiorno, vorrei richiedere una copia della mia cartella clinica del ricovero di novembre, mi serve per l'assicurazione in Italia. Come posso fare?",
  "IT: 'Good morning, I'd like a copy of my clinical record from my November admission, I need it for insurance in Italy. How can I do it?' Own records = subject_access",
  when="2026-12-09T10:14:00Z")

# -------------------------------------------------------------- French (fr)
A("fr", "crisis", "T", "ig", "d",
  "j'ai plus la force. merci pour tout ce que vous avez fait mais je vais arrêter de me battre",
  "FR: 'I've no strength left. thanks for everything you've done but I'm going to stop fighting.' Hopelessness/farewell = crisis",
  kind="hopelessness")
A("fr", "crisis", "E", "fb", "d",
  "Bizarrement je me sens super calme depuis que j'ai pris ma décision. Tout est prêt. Bonne continuation à toute l'équipe.",
  "FR: 'Strangely I feel really calm since I made my decision. Everything is ready. All the best to the whole team.' Sudden calm + decision = crisis",
  kind="calm")
A("fr", "crisis", "T", "fb", "d",
  "Ma fille de 16 ans s'est enfermée dans la salle de bain avec des lames, elle ne répond plus. On est à Darlington. Qu'est-ce que je fais ??",
  "FR: 'My 16-year-old daughter has locked herself in the bathroom with blades and isn't answering. We're in Darlington. What do I do??' Self-harm now, third party = crisis",
  kind="self_harm", when="2026-11-18T21:47:00Z")
A("fr", "complaint", "E", "fb", "c",
  "Ça fait 4 mois que j'attends un rdv de psy pour mon fils. Personne ne rappelle jamais. C'est honteux.",
  "FR: 'I've been waiting 4 months for a psychiatry appointment for my son. Nobody ever calls back. It's shameful.' Complaint")
A("fr", "pals", "C", "fb", "c",
  "Bonjour, est-ce qu'il y a un interprète en français pour les consultations prénatales à St Mary's ? Merci d'avance",
  "FR: 'Hello, is there a French interpreter for antenatal appointments at St Mary's? Thanks in advance.' Interpreter question = pals")
A("fr", "clinical_question", "H", "fb", "d",
  "bjr, jsp si c normal mais depuis le vaccin jai mal a la tete et un peu de fievre, je peux prendre quoi?",
  "FR (text-speak): 'hi, dunno if it's normal but since the vaccine I've had a headache and a bit of fever, what can I take?' Clinical advice = clinical_question")
A("fr", "compliment", "R", "fb", "c",
  "mdr j'étais morte de trouille avant l'opé mais l'anesthésiste était trop drôle. Merci à toute l'équipe 💙",
  "FR: 'lol I was scared to death before the op but the anaesthetist was so funny. Thanks to the whole team.' Idiom; thanks",
  trap="idiom: scared to death")
A("fr", "threat", "H", "fb", "c",
  "si vous renvoyez encore mon frère chez lui sans soins, je viens avec mes cousins et ça va mal se passer pour ceux de l'accueil",
  "FR: 'if you send my brother home again without treatment, I'm coming with my cousins and it'll go badly for the reception staff.' Conditional threat with others = threat",
  kind="ultimatum")
A("fr", "abuse", "C", "x", "m",
  "@CMFTNHS bande de connards incompétents, allez vous faire f*utre",
  "FR: 'bunch of incompetent arseholes, go f*ck yourselves.' Abuse",
  fl="a")
A("fr", "media", "T", "x", "m",
  "@TEWVNHS Bonjour, je suis journaliste pour le média en ligne Francophones UK. Nous aimerions un commentaire de la Trust sur l'accès aux interprètes en santé mentale. Notre délai : vendredi midi.",
  "FR: 'Hello, I'm a journalist for the online outlet Francophones UK. We'd like a comment from the Trust on access to interpreters in mental health. Our deadline: Friday noon.' Journalist = media")
A("fr", "general", "C", "x", "r",
  "J'ai regardé 'Bombe à retardement' hier soir, ça m'a fait penser aux urgences un samedi soir 😂 bon courage à vous",
  "FR: 'I watched \"Time Bomb\" last night, it reminded me of A&E on a Saturday night, hang in there.' Film chat with 'bomb' = general",
  trap="film title with bomb")
A("fr", "complaint", "T", "fb", "c",
  "J'ai filmé l'infirmière qui a parlé mal à ma mère dans la salle d'attente, j'ai la vidéo. Je veux des excuses officielles, pas un message automatique.",
  "FR: 'I filmed the nurse who spoke rudely to my mother in the waiting room, I have the video. I want an official apology, not an automated message.' Complaint; recording of staff",
  fl="r")

# -------------------------------------------------------------- German (de)
A("de", "crisis", "E", "fb", "d",
  "Ich hab alles geregelt, Testament, Konten, die Katze ist bei meiner Nachbarin. Danke, dass Sie es so lange mit mir versucht haben.",
  "DE: 'I've sorted everything, will, accounts, the cat is with my neighbour. Thank you for trying with me for so long.' Affairs in order = crisis",
  kind="affairs")
A("de", "crisis", "H", "x", "d",
  "Bin gerade oben auf dem Parkhaus am Krankenhaus. Ist ganz ruhig hier oben. Wollte nur tschüss sagen.",
  "DE: 'I'm up on top of the hospital car park right now. It's very quiet up here. Just wanted to say bye.' High place + farewell = crisis",
  kind="high_place", when="2027-01-17T04:12:00Z")
A("de", "crisis", "E", "fb", "d",
  "Meine Mutter hat grad angerufen und gesagt, sie hat 'ein paar Tabletten zu viel' genommen und will jetzt nur schlafen. Sie wohnt in Southend, ich bin in Köln. Bitte helfen Sie!!",
  "DE: 'My mother just rang and said she's taken \"a few too many tablets\" and just wants to sleep now. She lives in Southend, I'm in Cologne. Please help!!' Overdose taken by someone else = crisis",
  kind="overdose")
A("de", "pals", "C", "fb", "c",
  "Hallo, gibt es im St Mary's einen Dolmetscher für Deutsch im Kreißsaal? Mein Mann kann kaum Englisch. Danke!",
  "DE: 'Hello, is there a German interpreter on the labour ward at St Mary's? My husband hardly speaks English. Thanks!' Interpreter question = pals")
A("de", "complaint", "R", "ot", "rv",
  "Seit 3 Monaten warte ich auf einen Rückruf der Schmerzambulanz. Drei Mal nachgefragt, nie eine Antwort. Unfassbar schlecht organisiert.",
  "DE: 'I've been waiting 3 months for a call back from the pain clinic. Chased three times, never an answer. Unbelievably badly organised.' Complaint (review)")
A("de", "compliment", "H", "fb", "c",
  "Ich bin vor der Darmspiegelung fast gestorben vor Angst, aber das Team in der Endoskopie war so lieb und geduldig mit mir. Danke!",
  "DE: 'I nearly died of fright before the colonoscopy, but the endoscopy team were so kind and patient with me. Thanks!' Idiom; thanks",
  trap="idiom: nearly died of fright")
A("de", "pals", "H", "fb", "c",
  "Die Neugier bringt mich noch um 😄 wann macht das neue Café im Eingangsbereich auf?",
  "DE: 'The curiosity is killing me, when does the new café in the entrance open?' Idiom; question = pals",
  trap="idiom: curiosity is killing me")
A("de", "threat", "R", "fb", "c",
  "Wenn ihr meinen Vater morgen wieder wegschickt, komm ich mit meinen Jungs vorbei. Dann gibt's richtig Ärger.",
  "DE: 'If you send my father away again tomorrow, I'll come round with my lads. Then there'll be real trouble.' Ultimatum with others = threat",
  kind="ultimatum")
A("de", "abuse", "H", "x", "m",
  "@HillingdonNHSFT ihr seid alle inkompetente Vollidioten, ihr Pisser",
  "DE: 'You're all incompetent complete idiots, you pissers.' Abuse",
  fl="a")
A("de", "subject_access", "C", "fb", "d",
  "Guten Tag, ich möchte gemäß DSGVO wissen, wer auf meine Patientenakte zugegriffen hat. Ich vermute, dass meine Ex-Schwägerin, die bei Ihnen arbeitet, nachgeschaut hat.",
  "DE: 'Good day, under GDPR I'd like to know who has accessed my patient record. I suspect my ex-sister-in-law, who works for you, has looked.' Who looked at my record = subject_access")
A("de", "foi", "C", "x", "d",
  "Wie viele Pflegekräfte aus EU-Ländern sind derzeit beim Trust beschäftigt, aufgeschlüsselt nach Land? Bitte um Antwort per Mail an jana.hofmann.mcr@gmail.com. Mit freundlichen Grüßen, Jana Hofmann",
  "DE: 'How many nurses from EU countries does the Trust currently employ, broken down by country? Please reply by e-mail to [e-mail]. Kind regards, Jana Hofmann.' foi")
A("de", "threat", "H", "fb", "c",
  "Die Oberärztin aus der Notaufnahme hat zwei süße Kinder an der Grundschule in Ickenham. Wär doch schade, wenn da mal was passiert.",
  "DE: 'The A&E consultant has two sweet children at the primary school in Ickenham. Would be a shame if something happened there.' Staff member's children's school + veiled threat = threat",
  kind="doxxing")
A("de", "compliment", "T", "fb", "c",
  "Vor zwei Jahren lag ich nach einem Suizidversuch bei Ihnen auf Station. Heute habe ich meinen Master abgeschlossen. Danke an alle, die damals an mich geglaubt haben.",
  "DE: 'Two years ago I was on your ward after a suicide attempt. Today I finished my master's. Thanks to everyone who believed in me back then.' Past crisis told as thanks = compliment",
  trap="past crisis told as thanks")
