# Posts mainly in languages other than English. Written one by one; the note gives the translation.
from helpers import *

it("Dziewczyny, pani Kowalczyk z sali 3 zmarła w nocy, rodzina już wie. Kto jutro robi jej papiery?",
   [CLIN, NAME], "PL: 'Girls, Mrs Kowalczyk from room 3 died in the night, the family already knows. Who is doing her paperwork tomorrow?' Named patient, death on the ward",
   "whatsapp", lang="pl")

it("Wreszcie urlop! Od soboty dwa tygodnie u mamy w Krakowie 🇵🇱 mieszkanie puste, ale kotem zajmie się sąsiadka 😅",
   [AWAY], "PL: 'Finally some leave! From Saturday two weeks at my mum's in Kraków, the flat is empty but the neighbour will look after the cat.' Absence from home",
   "facebook", lang="pl")

it("Wesołych Świąt wszystkim z oddziału! Dzięki za wspaniały rok, jesteście najlepsi 🎄",
   [], "PL: 'Merry Christmas to everyone on the ward! Thanks for a wonderful year, you are the best.' TRAP: greeting",
   "facebook", lang="pl")

it("Băieți, s-a schimbat codul de la ușa vestiarului, acum e 7391#. Nu-l dați mai departe",
   [SEC], "RO: 'Guys, the code for the changing-room door has changed, it is now 7391#. Don't pass it on.' Door code",
   "whatsapp", lang="ro")

it("Mi-e dor de casă. Crăciunul ăsta îl petrec în tura de noapte, dar colegii de pe secție sunt ca o familie ❤️",
   [], "RO: 'I miss home. This Christmas I'm spending on night shift, but my colleagues on the ward are like a family.' TRAP: homesick, but not announcing an empty home",
   "facebook", lang="ro")

it("Grabe ang duty kanina. Si lola sa bed 5 ayaw pa ring kumain, tapos sinigawan kami ng apo niya sa harap ng buong bay.",
   [CLIN], "TL: 'What a shift earlier. Grandma in bed 5 still won't eat, then her grandchild shouted at us in front of the whole bay.' Bed identifies the patient",
   "whatsapp", lang="tl")

it("Salamat sa Diyos, pasado na ako sa OSCE! Registered nurse na ako dito sa UK 🇵🇭🇬🇧",
   [], "TL: 'Thank God, I passed my OSCE! I'm now a registered nurse here in the UK.' TRAP: own achievement",
   "facebook", lang="tl")

it("Dá-lhe 5 ml de ibuprofeno de 8 em 8 horas e vai vigiando a febre. Sou enfermeira, confia 😉",
   [MED], "PT: 'Give him 5 ml of ibuprofen every 8 hours and keep an eye on the fever. I'm a nurse, trust me.' Dosage advice to a friend",
   "facebook", lang="pt")

it("Otra vez 12 horas sin descanso. Esta puta rota me tiene harta 😤",
   [PROF], "ES: 'Twelve hours without a break again. This f***ing rota has me fed up.' Swearing",
   "x", lang="es")

it("Llongyfarchiadau mawr i Siân ar ennill gwobr Nyrs y Flwyddyn! Haeddiannol iawn 👏",
   [], "CY: 'Huge congratulations to Siân on winning the Nurse of the Year award! Very well deserved.' TRAP: award naming staff",
   "x", lang="cy")

it("Bhai aaj bed 12 wale Rashid sahib ka intiqal ho gaya, family ko bata diya hai. Allah maghfirat kare",
   [CLIN, NAME], "ur-Latn: 'Brother, today Rashid sahib in bed 12 passed away, the family has been told. May Allah forgive him.' Named patient, death on the ward",
   "whatsapp", lang="ur-Latn")

it("Kal ton do hafte layi pind ja rahe haan, ghar khaali rahega 🙏 duty wale sab nu Lohri mubarak",
   [AWAY], "pa-Latn: 'From tomorrow we're going to the village for two weeks, the house will be empty. Happy Lohri to everyone on duty.' Absence from home",
   "facebook", lang="pa-Latn")

it("Kasi naman, yung mga bagong Indian nurses dito hindi marunong mag-English nang maayos, sila pa ang bibigyan ng band 6 😒",
   [DISC], "TL: 'Come on, the new Indian nurses here can't even speak English properly and they're the ones getting band 6.' Demeaning remark about nationality",
   "whatsapp", lang="tl")
