/**
 * Common English words and chat spellings. Several are also common words of another language ("is",
 * "was", "over", "dat", "hoe" in Dutch; "die" in German; "me", "a", "son" in Spanish), so none of
 * them counts as evidence that a text is written in another language (lexicon.ts, role "function").
 */
export const ENGLISH_COMMON: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below between
  both but by can could did do does doing down during each few for from further had has have having he her
  here hers herself him himself his how i if in into is it its itself just let me more most my myself no nor
  not now of off on once only or other our ours out over own same she should so some such than that the their
  theirs them themselves then there these they this those through to too under until up very was we were what
  when where which while who whom why will with would you your yours yourself yourselves also back even well
  way want people new time year good give day man men woman women one two three see come go get make know
  take think look use find tell ask work seem feel try leave call bad big long little old right sure real
  best last next great high small large end kind may might must shall us via per die den don hat hell bin
  fast gift art war rot mist arm bald will hand fall ride bride corner cute puts bite better son pan red era
  con sin sale pour mal mare fin net lever chat coin pain stage rose tire mine mode nose foot fat lust gang
  spring hold mad door deal pet lot slim bed brand boot wed hoe dat dis dem em ya u ur da de la el lo le te
  se ma mi tu yo pa na ne ni re ok lol lmao omg tho bout gon wit den ima im ive id ill youre aint yall nah
  yeah yea yes hey hi oh ah eh um wat wut cuz cus bro sis fam bruh lil ol wanna gonna gotta kinda sorta
  outta lemme gimme tryna finna wen wer ppl plz pls thx ty idk ikr imo tbh smh rn af asf tf wtf stfu
  mono india madonna executive lode brides bride vaca teef dupree doe dey dere dem dis dose datt thang tha ta wen fo sum nun luv da dat b c d e f g h j k l m n o p q r s t
  v w x y z ve ll re stop baby last one place respect million more post posts comment comments tweet tweets
  tweeting block jail bomb police racist stupid ignorant gay gays lesbian lesbians homo queer trans negro
  african muslim muslims jews jew arab arabs indian hindu sikh christian women girls wife boy boys girl
  kids children family mother father brother sister friend friends home house school hospital nurse doctor
  staff ward bed care help thanks thank please sorry love like hate kill die dead death shoot gun knife
  fire burn hang rape beat hit punch attack hurt pain sick ill idiot idiots moron loser losers bastard
  bastards cancer virus animal animals rats dogs pigs apes monkey monkeys trash garbage filth scum vermin
  parasites human humans life lives world country nation government media news story game team`.split(/\s+/),
);
