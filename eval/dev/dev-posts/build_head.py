# Builder for dev-posts.jsonl. Every text below was written by hand, one by one.
# The helpers only expand short category codes, work out the verdict and serialise.
import json, sys

CODES = {
 'nhs':'pii.nhs_number','nino':'pii.nino','pc':'pii.postcode','dob':'pii.date_of_birth',
 'phone':'pii.phone','email':'pii.email','addr':'pii.address','name':'pii.person_name',
 'clin':'clinical.patient_information','disc':'language.discriminatory','abuse':'language.abusive',
 'prof':'language.profanity','pol':'topic.political','legal':'topic.legal_matter',
 'emerg':'topic.emergency_incident','perf':'topic.trust_performance','med':'topic.medical_advice',
 'comm':'topic.commercial','conf':'topic.confidential_business','sec':'topic.security',
 'concern':'topic.raising_concerns','away':'topic.away_from_home','discl':'account.disclaimer_missing',
 'brand':'account.brand_in_handle','nhsmail':'account.nhs_email','logo':'account.logo_use',
 'consent':'media.consent_missing','tag':'media.tagging','len':'platform.length','link':'platform.link_missing',
}
BLOCKING = {'pii.nhs_number','pii.nino','pii.postcode','pii.date_of_birth','pii.phone','pii.email',
 'pii.address','pii.person_name','clinical.patient_information','language.discriminatory',
 'language.abusive','media.consent_missing'}

ITEMS = []

def OFF(h='@EPUTNHS', bio=None):
    a = {'type':'official','handle':h}
    if bio: a['bio'] = bio
    return a

def D(h, bio=None):
    a = {'type':'devolved','handle':h}
    if bio: a['bio'] = bio
    return a

def Pn(h, bio=None, emp=True):
    a = {'type':'personal','handle':h}
    if bio is not None: a['bio'] = bio
    a['identifiesAsEmployee'] = emp
    return a

def M(people, consent, tags=None, kind='image'):
    return {'kind':kind,'identifiablePeople':people,'consent':consent,'tags':tags or []}

def A(text, cats, note, plat=None, acct=None, media=None, lang=None):
    cs = sorted(CODES[c] for c in cats.split()) if cats.strip() else []
    verdict = 'block' if any(c in BLOCKING for c in cs) else ('review' if cs else 'pass')
    o = {'id': None, 'text': text}
    if plat: o['platform'] = plat
    if acct: o['account'] = acct
    if media is not None: o['media'] = media if isinstance(media, list) else [media]
    o['expect'] = {'verdict': verdict, 'categories': cs}
    if lang: o['lang'] = lang
    o['note'] = note
    ITEMS.append(o)
