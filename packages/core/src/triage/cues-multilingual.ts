import type { TriageCategory } from "./triage.schema.js";

/**
 * Cues in the community languages most often seen in NHS inboxes in England and
 * Wales (Polish, Welsh, Romanian, Punjabi and Urdu, Bengali, Arabic, Spanish,
 * Portuguese, French, Lithuanian, Italian, Turkish, Hindi). RWT §4.9.7 asks
 * approved users to offer information in other languages: a message is triaged
 * on what it says, whatever language it says it in. Stems are matched as
 * substrings of the lower-cased text (JavaScript's \b knows only ASCII letters).
 * Each entry: [cue id, stems joined by "|", weight].
 *
 * Crisis and threat are not here: they have a file per language in multilingual/, matched in one
 * linear pass (docs/triage-languages.md).
 */
export const MULTILINGUAL_CUES: Partial<
  Record<TriageCategory, readonly (readonly [string, string, number])[]>
> = {
  subject_access: [
    [
      "ml-my-records",
      "kopię mojej dokumentacji|kopie mojej dokumentacji|mojej dokumentacji medycznej|moją dokumentację|moich danych osobowych|" +
        "fy nghofnodion|copi o fy nghofnod|fy nata personol|fișei mele|fisei mele|dosarul meu medical|datele mele personale|" +
        "copia de mi historial|mi historial médico|mi historial medico|mis datos personales|meu prontuário|cópia do meu|meus dados pessoais|" +
        "mon dossier médical|copie de mon dossier|mes données personnelles|سجلاتي الطبية|ملفي الطبي|نسخة من ملفي|میرا میڈیکل ریکارڈ|" +
        "আমার মেডিকেল রেকর্ড|mano medicinin|mano duomen|mera record|meri file|mere records",
      2,
    ],
  ],
  foi: [
    [
      "ml-foi",
      "informację publiczną|informacji publicznej|wniosek o informac|rhyddid gwybodaeth|faint wnaethoch chi wario|liberul acces la informa|" +
        "cât ați cheltuit|cat ati cheltuit|acceso a la información|cuánto gast|acesso à informação|quanto gast|accès à l'information|combien avez-vous dépensé",
      2,
    ],
  ],
  media: [
    [
      "ml-media",
      "artykuł|dziennikarz|dziennikark|redakcj|tygodnik|newyddiadur|i'r stori|bbc cymru|s4c|jurnalist|publicație|publicatie|articol|" +
        "periodista|artículo|reportaje|jornalista|reportagem|journaliste|reportage|صحفي|صحيفة|صحافی|žurnalist",
      2,
    ],
    ["ml-comment", "komentarz|ymateb i'r|un comentariu|comentario|comentário|commentaire|تعليق", 1],
  ],
  complaint: [
    [
      "ml-complaint",
      "skandal|skarg|niedopuszczaln|karygodn|inacceptabil|reclamați|reclamatie|plângere|plangere|bătaie de joc|batjocor|" +
        "anghwrtais|cwyn|annerbyniol|gwarthus|ei adael ar|bura haal|shikayat|koi doctor nahi|koi nahi aaya|chhad dita|" +
        "افسوسناک|کسی نے نہیں دیکھا|شکایت|شكوى|غير مقبول|vergonzoso|queja|nadie nos atendió|nadie nos atendio|inaceptable|" +
        "vergonhoso|reclamação|inaceitável|plainte|inacceptable|honteux|অভিযোগ|skundas|nepriimtin",
      2,
    ],
    [
      "ml-waited",
      "godzin czekania|godziny czekania|czekałam|czekałem|nikt nie|nimeni nu|mi-au anulat|am așteptat|drwy'r nos|ghante|گھنٹے|ساعات|esperé|esperei|attendu|ঘণ্টা",
      1,
    ],
  ],
  clinical_question: [
    [
      "ml-can-i-take",
      "czy mogę brać|czy moge brac|czy mogę przyjmować|czy mogę zażyć|ydy hi'n ddiogel|ydy e'n ddiogel|pot lua|ar trebui să merg|" +
        "هل يمكنني تناول|puedo tomar|posso tomar|puis-je prendre|ar galiu vartoti|theek ho jauga|ghar ch theek",
      2,
    ],
    [
      "ml-symptom",
      "w ciąży|ciąż|ból|gorączk|objaw|cymryd|alăptez|alaptez|durere|febră|febra|antibiotic|دواء|حمى|ألم|bukhar|khansi|dawai|(?<![a-z])dard(?![a-z])|" +
        "بخار|دوا|درد|জ্বর|ব্যথা|fiebre|dolor|embarazada|febre|fièvre|douleur|enceinte|karščiuo|skauda",
      1,
    ],
  ],
  pals: [
    [
      "ml-visit",
      "godziny odwiedzin|tłumacz|tlumacz|ble mae|maes parcio|ymwelwyr|apwyntiad|oriau ymweld|orele de vizită|orele de vizita|programare|" +
        "parcare|أوقات الزيارة|مترجم|অ্যাপয়েন্টমেন্ট|দোভাষী|দেখার সময়|kis number|phone karaan|date badalni|ملاقات کے اوقات|" +
        "اپائنٹمنٹ|lankymo valandos|vertėj|interprète|rendez-vous|heures de visite|où se trouve|horario de visitas|intérprete|horário de visita|onde fica",
      2,
    ],
    [
      "ml-question",
      "czy w szpitalu|czy jest|mam wizytę|wizyt|unde este|care sunt|أين|ما هي|kithe|kado|¿|est-ce qu",
      1,
    ],
  ],
  compliment: [
    [
      "ml-thanks",
      "dziękuję|dziekuje|dzięki|wspaniał|diolch|anhygoel|gwych|ardderchog|mulțumesc|multumesc|minunat|ধন্যবাদ|شکریہ|خیال رکھا|" +
        "شكرا|شكراً|dhanvaad|dhanyavaad|shukriya|changi dekhbhal|obrigad|incríveis|maravilhos|gracias|increíbles|(?<![a-z])merci(?![a-z])|formidables|ačiū|nuostab|grazie",
      1,
    ],
  ],
  spam: [
    [
      "ml-spam",
      "zarabiaj|kliknij link|zł tygodniowo|câștigă bani|castiga bani|criptomonede|scrie-mi în privat|gana dinero|haz clic|ganhe dinheiro|clique no link|gagnez de l'argent",
      2,
    ],
  ],
};
