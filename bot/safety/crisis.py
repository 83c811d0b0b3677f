"""Hears a person who may harm themselves: suicide, self-harm, not wanting to live, not able to go on.

Said at any point, the assistant answers at once with the crisis lines (Samaritans, Shout, 999 if a
life is at risk) and then carries on with the report. Words of abuse that quote someone else ("he
told me to kill myself", "they said kill yourself") are what was done to the person, not a crisis
of their own; they are left to the report.
"""

from __future__ import annotations

import re

from bot.safety.text import safety_text

_SELF = r"(?:my ?self|my own life|my life|me self)"
# A rope for something else: "i have the rope for the tent".
_NOT_A_ROPE_FOR_SOMETHING = r"(?!.*\b(?:climbing|boat|washing|tow|skipping|tent|swing)\b)"
# What a person makes ready to take their life with: "i have got a belt ready in the wardrobe".
_MEANS_MADE_READY = r"(?:razor(?: blade)?|blades?|pills|tablets|rope|noose|belt|cord|ligature)"
_NOT_WANT = r"(?:do not|dont|not|no|never) (?:want|wanna|wish|feel like)(?: to)?"
# Medicines, by what people call them and by name.
_MEDS = (r"(?:pills|tablets|meds|medication|medicine|paracetamol|painkillers|pain killers|antidepressants|sleeping pills|sleeping tablets|"
         r"sertraline|citalopram|fluoxetine|prozac|mirtazapine|amitriptyline|venlafaxine|diazepam|valium|zopiclone|codeine|co ?codamol|tramadol|"
         r"ibuprofen|aspirin|lithium|quetiapine|insulin|morphine|oxycodone)")
# High places people go to to jump from.
_HIGH_PLACE = (r"(?:roof|rooftop|bridge|ledge|balcony|cliff|cliffs|edge|top|top floor|tower|flyover|viaduct|multi ?storey|car park|"
               r"footbridge|overpass|window ledge|scaffolding|crane|pier)")
# Harm done by someone to themselves, after who they are: "(my girlfriend) has cut her wrists", "(my
# son) has cut himself". Not a cut come by on something ("my son cut himself on the glass").
_ON_THEMSELVES = (r"(?: \w+){{0,3}}? (?:(?:has|have|had|just|keeps|is|was|been) )*"
                  r"(?:(?:cut|cutting|slit|slitting|slashed|slashing|sliced|slicing) (?:{own}) (?:own )?(?:wrists?|throat)|"
                  r"(?:cut|cutting|self harmed|self harming|harmed|harming|hanged|hung|poisoned|strangled) (?:{self})"
                  r"(?! (?:on|by|when|while|whilst|climbing|falling|tripping|accidentally|shaving)\b))\b")

SIGNS = {
    "suicide": r"\bsuicid\w*|\bsuicide\b|\btake my own life\b|\btook my own life\b",
    "kill myself": rf"\b(?:kill|killing|killed|end|ending|ended|take|taking|hang|hanging|hanged|drown|drowning|"
                   rf"poison|poisoning|shoot|shooting|starve|starving|gas) {_SELF}\b",
    "end it all": r"\b(?:end|ending|finish|finishing) (?:it all|it tonight|everything|things|it now|it)$|\bend it all\b|"
                  r"\bending it all\b|\b(?:want|wanna|going|gonna|thinking (?:about|of)|might|will|plan(?:ning)? to) (?:to )?(?:end|ending) (?:it|everything|things)\b|"
                  r"\b(?:want|wanting|wish) (?:it )?all to end\b|^ending it$|"
                  # For good: "tonight is when i finish it for good" (the learned reader had held it alone; not a thing ended with someone).
                  r"\b(?:end|ending|finish|finishing) (?:it|everything|things) (?:all )?(?:for good|forever|once and for all)\b(?! with\b)|"
                  # Said alone: "i want it over", "i just want it all over now" (not "over with": the report).
                  r"^(?:i )?(?:just )?(?:want|wish) (?:it|this|everything|it all|all this|it all to be|it to be) (?:to be )?over(?: now| for good| forever)?$|"
                  r"\b(?:want|wanting|wish) (?:it all|everything) to (?:stop|end) (?:for good|forever|permanently)\b|"
                  # Said alone, everything is the person's life, not the abuse ("i want it to stop" is an outcome).
                  r"^(?:i )?(?:just |really )?(?:want|wish|need) (?:everything|my life) to (?:stop|end)(?: now| please)?$",
    # Someone close up high who says they will jump: "my brother is on the roof saying he will jump"
    # (blind set 100 got the 999 reply only). Not jumped on, nor at someone ("jump me").
    "someone close may jump": rf"\b(?:he|she|they|my \w+|our \w+)\b(?: \w+){{0,3}}? (?:is|are|was|s|re|has gone|has climbed|has got|got|gone|climbed)? ?"
                              rf"(?:up )?(?:on|onto|at|up|over|out on|stood on|standing on|sat on|sitting on) (?:\w+ ){{0,4}}?{_HIGH_PLACE}\b"
                              r"(?: \w+){0,8}? (?:jump|jumping)\b(?! (?:me|us|him|her|them|on|in|over)\b)",
    # Someone close who may take their life, told by the person: "my daughter says she wants to kill
    # herself because of the bullying" (blind set 98). The lines help whoever is at risk.
    "someone close may take their life": r"\b(?:he|she|they|my \w+|our \w+)\b(?: \w+){0,4}? (?:wants?|wanted|wanting|is going|are going|was going|going|gonna|"
                                          r"plans?|planning|has planned|tried|has tried|is trying|keeps trying|threatens|threatening|threatened|"
                                          r"(?:is |keeps )?thinking (?:of|about)|(?:keeps )?talk(?:s|ing)? about|(?:said|says) (?:she|he|they) (?:will|would|is going|was going|wants)) "
                                          r"(?:to )?(?:kill|killing|hang|hanging|end|ending|harm|harming|hurt|hurting|cut|cutting|drown|drowning|starve|starving|poison|poisoning) "
                                          r"(?:himself|herself|themselves|themself|his (?:own )?life|her (?:own )?life|their (?:own )?lives?|their (?:own )?life)\b|"
                                          # Wanting to be dead, said by them: "my son keeps saying he wants to be dead" (blind set 106 got no lines).
                                          r"\b(?:he|she|they|my \w+|our \w+)\b(?: \w+){0,3}? (?:says|said|keeps saying|keeps on saying|is saying|was saying|is always saying|"
                                          r"keeps telling me|told me|tells me|texted|messaged|has said|has been saying|talks about how)(?: that)? (?:he|she|they) "
                                          r"(?:wants|wanted|want|wishes|wished|wish|would like|d like) (?:to be dead|to die|(?:he|she|they) (?:was|were) dead|to not be alive|"
                                          r"not to be alive|to not be here any ?more|(?:he|she|they) (?:was|were|had) never (?:been )?born)\b",
    # Someone close who has harmed themselves, told by the person: "my girlfriend has cut her wrists
    # and she is bleeding" (blind set 99 got the 999 reply without the lines). Not a cut come by
    # on something ("my son cut himself on the glass they smashed").
    "someone close has harmed themselves": rf"(?:\bshe\b{_ON_THEMSELVES.format(own='her', self='herself')}|\bhe\b{_ON_THEMSELVES.format(own='his', self='himself')}|"
                                           rf"\bthey\b{_ON_THEMSELVES.format(own='their', self='themselves|themself')}|"
                                           rf"\b(?:my|our) \w+{_ON_THEMSELVES.format(own='his|her|their', self='himself|herself|themselves|themself')})",
    # Not able to keep oneself safe, as crisis teams ask it: "i dont think i can keep myself safe tonight" (blind set 98).
    # The person's own words of themselves: not "the police cant keep me safe".
    "can not keep myself safe": r"(?:(?:^|\bi (?:\w+ )?)(?:can not|cannot|cant|could not|couldnt|am unable to|am not able to|unable to|not able to)|"
                                r"\b(?:do not|dont) (?:think|know if|know whether) i (?:can|could)|\bnot sure (?:if )?i (?:can|could)) "
                                r"(?:keep my ?self safe|keep me safe from my ?self|stay safe from my ?self|trust my ?self)\b"
                                r"(?! from (?:them|him|her|the|those|that|these)\b)|"
                                # Said as not being safe: "i am not safe from myself tonight" (blind set 102 got the 999 reply only).
                                r"\b(?:(?:i am|im|i m|i feel) not|i (?:do not|dont|don t) feel|i am not feeling|i m not feeling|im not feeling) safe (?:from|around|with|by) (?:my ?self|me)\b",
    # Said of the person themselves: "people like me should die" is abuse they were given.
    "want to die": r"(?:^|\bi (?:just |really |honestly |sometimes |still )?|\b(?:makes?|made|making) me (?:feel like i )?)"
                   r"(?:want|wanna|wanting|am going|going|gonna|am ready|ready|deserve|wish i could|should just|should) (?:to )?die\b|"
                   r"\bwish i (?:was|were|am) dead\b|"
                   # "i am worn out with all of it and i want to go for good".
                   r"\b(?:want|wanna|ready|going) (?:to )?(?:go|be gone|disappear) (?:for good|forever|for ever|permanently)\b|\b(?:want|wanna) (?:to )?be dead\b|\bbetter off (?:dead|six feet under|in (?:the|my|a) (?:ground|grave|box|coffin))\b|"
                   r"\bbetter off (?:without me|if i was gone|if i (?:was|were) dead)\b|\bbetter without me\b|"
                   # Given up as a parent or partner: "my children would be better off with someone else as their mum".
                   r"\b(?:better|happier) off with (?:someone|somebody|anyone|any one) else as (?:their|his|her|a) (?:mum|mam|mom|mother|dad|father|parent|wife|husband|partner)\b|"
                   r"\bmy (?:kids|children|child|son|sons|daughter|daughters|family|wife|husband|partner|boys|girls|baby|babies) (?:would|will|are|d) (?:all )?(?:be )?(?:better|happier) off with "
                   r"(?:someone|somebody) else\b(?! (?:as|looking|teaching|caring|at|in|for|to|on)\b)|"
                   r"\b(?:better|happier) off with (?:a|another) (?:different |new |better )?(?:mum|mam|mom|mother|dad|father|parent)\b|"
                   # Oneself named as the failed parent: "the kids would be better off without their useless dad".
                   r"\b(?:better|happier) off without (?:their|a|this) (?:useless|worthless|pathetic|rubbish|crap|hopeless|failure of a|waste of space|sad excuse for a) "
                   r"(?:dad|mum|mam|mom|father|mother|parent)\b|"
                   # "the world would be a better place if i wasnt in it", "everyone would be happier without me here".
                   r"\b(?:better|happier|easier) (?:place |off |life |lives )?(?:if i (?:was not|were not|wasnt|werent|was no longer|were no longer) (?:in it|here|around|alive|about)|"
                   r"without me (?:in it|here|around|alive|about))\b|"
                   r"\b(?:better|happier) (?:off )?if i (?:was|were|am) (?:not|no longer) (?:around|here|alive)\b|"
                   r"\b(?:better|happier) (?:off )?if i (?:died|was gone|were gone|disappeared|was never born)\b|"
                   r"\bwant(?:s)? me (?:to die|dead)\b|\bfeel like i should die\b|\bwant (?:to )?be die\b|"
                   r"\b(?:death|dying|being dead) (?:would be|is|seems|sounds) (?:so much |much |a lot )?(?:better|easier|kinder|a relief|the answer|the only way)\b|\bme (?:\w+ )?(?:want|wan|wanna) (?:to )?(?:go )?die\b|"
                   r"\b(?:i|me) (?:want|wanna|wan) (?:to )?go (?:and )?die\b|"
                   # "i would sooner be dead than go back to that school".
                   r"\b(?:i|i d|id) (?:would |d )?(?:rather|sooner) (?:just )?(?:die|be dead|not be alive|not be here|not exist|kill my ?self)\b",
    "not want to live": r"\bme (?:no|not|do not) (?:want |wan |wanna )?(?:to )?(?:live|be alive|be here)\b|\bno (?:want|wan) (?:to )?live\b|"
                        # "i dont want to live like this anymore": not living, whatever the rest names (not "like this in this flat").
                        rf"\b{_NOT_WANT} (?:live(?! (?:here|there|in|with|near|next|on|at|round|around|by|like))|live like this any ?more|be alive|be here|exist|wake up|"
                        r"(?:go|carry) on(?=$| any ?more| like this| living| with life)|be around)\b|"
                        # As good as dead: "i might as well be in the ground" (blind set 104 got no lines).
                        r"\b(?:stop|end) living\b|\b(?:stop|cease|ceasing|stopping) (?:to )?exist(?:ing)?\b|\bnot exist any ?more\b|\b(?:want|wanna|wish i could) (?:to )?not exist\b|\b(?:might|may) as well (?:be dead|die|not be here|not exist|be (?:in|under) (?:the|my|a) (?:ground(?! floor)|grave|box|coffin)|be six feet under)\b|"
                        r"\bways to (?:die|kill my ?self|end it|end my life)\b|\bthinking (?:of|about) (?:dying|death)\b|"
                        # "all i think about is dying", "i cant stop thinking about killing myself"
                        r"\b(?:all i (?:can |ever )?(?:think|thought) (?:about|of) (?:is|was)|i (?:keep|can not stop|cannot stop) thinking (?:about|of)) "
                        r"(?:dying|death|being dead|killing my ?self|ending it|ending my life|suicide|not being here)\b|"
                        r"\bme no (?:want|wan) live\b|\bno (?:point|reason) (?:in |of |to )?(?:living|life|live|being alive|going on|carrying on|carry on|go on|keep going|being here)\b"
                        r"(?! (?:with (?:the|this|my|your) (?:report|form|chat|questions?|story|complaint)|filling|answering|telling|talking|typing)\b)|"
                        r"\bnothing (?:left )?to live for\b|\bnot worth living\b|\b(?:life|it) (?:is|isnt|is not) (?:not )?worth (?:it|living)\b|"
                        r"\bwhat is the point (?:of|in) (?:living|life|being alive|going on|anything)\b|\bwhat is the point any ?more\b|"
                        # Going on with life, as "no point carrying on" is read: "whats the point in carrying on when everyone
                        # round here hates us" (blind set 93); not carrying on with the report.
                        r"\bwhat is the point (?:of|in) (?:carrying on|carry on|keeping going|keep going|staying alive|going on living|trying any ?more)\b"
                        r"(?! (?:with (?:the|this|my|your|it) ?(?:report|form|chat|questions?|story|complaint)?|filling|answering|telling|talking|typing|reporting)\b)|"
                        # A plan made: "i know how and when i am going to do it" (how alone may be the form).
                        r"\bi (?:know|have decided|have planned|have worked out|have picked|have chosen) (?:exactly )?(?:how|when|where)(?:,| and) (?:exactly )?(?:how|when|where)"
                        r"(?:(?:,| and) (?:how|when|where))? i (?:am going to|am gonna|will|am) (?:do it|do this|end it|go)\b|"
                        # The person's own worth: "what is the point of me" (not "of me telling you").
                        r"\bwhat is the point (?:of|in) (?:me|my life|my existence|me existing)(?: any ?more| even| at all| being alive)?$|"
                        r"\b(?:do not|dont|can not|cant) see (?:the|any) point (?:in|of) (?:living|life|going on|anything|being alive|being here)\b|"
                        r"\b(?:give|giving|given) up on (?:life|living|everything)\b|\bdone with (?:life|living|everything)\b|"
                        r"\btired of (?:living|life|being alive)\b|\b(?:had|have had|i have had) enough of (?:living|life|being alive|it all|this life|everything|this world)\b|\b(?:sleep|go to sleep) (?:and never wake up|forever)\b|"
                        r"\bnever wake up\b|"
                        # Asked for: "please let me not wake up in the morning" (blind set 101 got no lines).
                        r"\blet me (?:not|never) wake(?: up)?\b|\b(?:please )?(?:do not|dont) let me wake up\b|\b(?:close|shut) my eyes and (?:just )?(?:not|never) (?:to )?wake(?: up| back up)?\b|\b(?:disappear|vanish) (?:forever|for good|and never come back)\b|\bwish i could (?:disappear|vanish)\b|"
                        rf"\b{_NOT_WANT} be (?:on this earth|in this world|on this planet)\b|\b(?:can not|cant) see myself (?:being )?(?:alive|around)\b|"
                        # "i pray i dont wake up", "stay asleep for ever", "nobody would care if i died".
                        # Said when, too: "i pray every night that i dont wake up".
                        r"\b(?:pray|hope|wish)(?: (?:every|each|most|some) (?:night|day|morning|time))?(?: (?:that|to god|to god that))? i (?:do not|dont|never|will not|wont|would not|wouldnt) wake(?: up)?\b"
                        r"(?!\s+(?:up|the|my|our|his|her|him|them|anyone|anybody|everyone|everybody|you|people|a|an)\b)|"
                        r"\b(?:stay|be|remain) asleep (?:for ever|forever|for good)\b|\bsleep for ever\b|"
                        # With when between, or coming round: "fall asleep tonight and never come round" (blind set 85).
                        r"\b(?:fall asleep|go to sleep|sleep|drift off|nod off)(?: (?:tonight|forever|one night|some night|and just))? and (?:just )?(?:not|never) "
                        r"(?:wake(?: up)?|come round|come to|come back round)\b|"
                        r"\bby the time (?:you|anyone|someone|somebody|they) (?:read|reads|see|sees|get|gets) this\b|"
                        r"\b(?:nobody|no one|noone|no body|not one person|not a single (?:person|soul)|not anyone|none of them)\b(?:\s+\w+){0,4}?\s+(?:would|will|d|wd) (?:even )?(?:care|notice|miss me|mind) "
                        r"if i (?:died|was dead|were dead|was gone|killed myself)\b|"
                        r"\bwish i (?:had never been|was never|wasnt|was not|were not) (?:born|alive|here)\b|"
                        # Wishing one had never been had: "i wish my mum had never had me" (blind set 105 got no lines).
                        r"\bwish(?:es)? (?:my (?:\w+ )?(?:mum|mom|mam|mother|ma|mummy|parents|dad|father)|she|they) (?:had |d |would have )?(?:never|not) "
                        r"(?:had|have|had had|given birth to|gave birth to) me\b|"
                        r"\b(?:will not|wont|not going to) be (?:here|around|alive) (?:much longer|tomorrow|for long|any ?more)\b|"
                        r"\bnot going to be around\b|\b(?:do not|dont) think (?:i (?:will|ll|am going to)|ill) (?:be (?:here|around|alive)|make it|last)\b|"
                        r"\b(?:will not|wont) be (?:here|around|alive) (?:next|by|after|this)\b|\bby (?:tomorrow|tonight|the morning) i (?:will not|wont) be (?:here|around|alive)\b|\bmy last message\b|\b(?:the )?last (?:thing|message|text|words?) (?:i (?:will )?(?:ever )?(?:send|write|say)|you (?:will )?(?:ever )?(?:get|hear) from me)(?: (?:ever|to you|to anyone|goodbye|bye))*$|\b(?:nobody|no one|noone) (?:would|will) (?:miss|notice|care)\b|"
                        r"\b(?:nobody|no one) cares if i (?:live|die|am alive)\b|\bi am a burden\b|"
                        # Who would not miss the person named between: "nobody in this town would miss me" (blind set 109 got no lines).
                        r"\b(?:nobody|no one|noone|not one person|not a single person)\b(?: \w+){1,4}? (?:would|will|d) (?:even )?(?:miss me|notice i am gone|notice i was gone|care if i (?:died|was gone|was dead))\b|"
                        r"\b(?:letters?|note|notes|message) (?:to (?:my \w+ )?)?(?:to )?(?:say|saying) goodbye\b|\bgoodbye (?:letter|note)\b|"
                        # Left to be found: "i have left a note on my pillow for my mum to find" (the learned reader had held it alone).
                        r"\b(?:left|leaving|leave|written|wrote|writing|put) (?:a |my |the )?(?:note|notes|letter|letters)\b(?:\s+\w+){0,6}?\s+for (?:(?:my|our) (?:mum|mam|mom|dad|mother|father|parents|family|kids|children|son|daughter|wife|husband|partner|sister|brother|nan|gran|"
                        r"boyfriend|girlfriend|friend|mate|flatmate)s?|them|someone|somebody) to find\b(?! (?:about|re|so|saying (?:where|when|what|how))\b)|"
                        r"\bgoodbye everyone\b|\bsuicide note\b|\b(?:i am|am|i have been) saying (?:my )?goodbyes?\b|"
                        r"\bsaying goodbye to (?:everyone|you all|the world|my family|all of you)\b|\bgoodbye (?:forever|world|cruel world)\b|"
                        r"^this is goodbye$|\beveryone goodbye\b|"
                        # "bye everyone" as "goodbye everyone" (blind set 94): to everyone, in a chat with one.
                        r"^(?:bye|bye bye|ta ra|tara|ta ta) (?:everyone|every one|everybody|world)$|^(?:everyone|everybody) bye$|"
                        # "this is my last night": said alone, with nowhere it is the last night in.
                        r"^(?:i think )?(?:this is|tonight is|today is|it is|tonight will be) my (?:very )?last (?:night|day)(?: (?:alive|on earth|ever))?$|"
                        r"\bmy last (?:night|day) (?:alive|on earth|on this earth)\b|"
                        # A farewell with sorry or love to those left: "sorry mum goodbye", "goodbye i love you all".
                        r"\bsorry (?:mum|mom|dad|mam|everyone|all|for everything|to everyone|kids|love)\b.*\bgoodbye\b|"
                        r"\bgoodbye\b.*\b(?:i love you|love you all|love you both|sorry for everything)\b|"
                        r"\btell (?:my )?\w+ (?:i love (?:her|him|them|you)|i am sorry|im sorry)\b",
    "can not go on": r"\b(?:can not|cannot|cant|could not) (?:go on|carry on|keep going|cope|live like this|take it|take this|"
                     r"do this|do it|handle (?:it|this)|deal with (?:it|this)|face (?:it|anything|another day|tomorrow|life|living|waking up|the future))"
                     r"(?: (?:any ?more|no more|like this|much longer|any longer))?\b(?!\s+(?:question|form|bit|part|one))"
                     # Doing it alone is the form, not living: "help me fill it in i cant do it alone".
                     r"(?!(?:(?<=do it)|(?<=do this))\s+(?:alone|on my own|on me own|by myself|by my self|myself|my self|without (?:help|you|someone|somebody|support|a hand)))|"
                     r"\bjust can not any ?more\b|\bcan not any ?more\b|"
                     # Said alone, giving up is on living, not on a question: the lines cost a kind word.
                     r"^(?:i |i am |i have )?(?:just |really )?(?:give|giving|given) up(?: now| any ?more| completely| on it all)?$|"
                     r"\bsee no (?:way out|future|point|hope|reason to (?:live|go on|carry on))\b|\bno (?:hope|future) (?:left|for me)\b|"
                     r"\b(?:do not|can not|cannot|could not) see (?:a|any) (?:way out|future|point|hope|reason to (?:live|go on|carry on))\b",
    "self-harm": r"\bself (?:harm|harming|harmed|injury|injuring)\b|\b(?:cut|cutting|cuts|burn|burning|burnt|hurt|hurting|"
                 r"harm|harming|hit|hitting|punch|punching|punish|punishing|starve|starving|scratch|scratching|bite|biting) my ?self\b|"
                 # "ive been pulling my hair out till it bleeds": what the person does to themselves till it bleeds
                 r"(?:^|\bi (?:\w+ ){0,2}?)(?:pull|pulling|pulled|pick|picking|picked|scratch|scratching|scratched|bite|biting|bit|rub|rubbing|"
                 # "i keep pulling my hair out till my scalp bleeds": whatever part of them bleeds.
                 r"hit|hitting|punch|punching|bang|banging|cut|cutting) (?:my|at my) (?:\w+ ){0,2}?(?:till|until) (?:it |they |i |my \w+ )?(?:bleeds?|bled|bleeding)\b|"
                 # "i cut my arms", not "he keeps punching my arm": the person does it to themselves
                 # ("pushed me over and i hurt my wrist" is an injury: "hurt" with one arm or wrist is not)
                 r"(?:^|\bi (?:\w+ ){0,2}?)(?:cut|cutting|cuts|burn|burning|burnt|hurt|hurting|harm|harming|hit|hitting|punch|punching|"
                 r"scratch|scratching|bite|biting|slashed|slash|slashing|sliced|slice|slicing|carved|carve|carving|stabbed|stab) my (?!(?<=\bhurt my )(?:arm|wrist|leg|thigh|hip|chest|stomach|belly)\b)(?:arms?|wrists?|legs?|thighs?|stomach|belly|hips?|chest|skin|body)\b|\b(?:started|start|been) cutting (?:again|myself)?\b|"
                 r"\bcutting again\b|\b(?:punch|punching|punched|hit|hitting|bang|banging|smash|smashing) (?:the )?walls?\b.*\b(?:bleed|bleeds|bled|bleeding|break|broke|broken|bruised|hurts?)\b|\bcut myself\b|\bwant hurt me\b|(?:^|\bi (?:\w+ ){0,2}?)(?:bang|banging|banged|hit|hitting|smash|smashing|smack|smacking|slam|slamming|knock|knocking) my head (?:(?:against|on|off|into) (?:the |a )?(?:walls?|floor|door)|(?:till|until) (?:it )?(?:bleeds?|bled|hurts|bruises))\b|(?:^|\bi (?:\w+ ){0,2}?)(?:hurt|hurting|harm|harmed|harming|hit|hitting|bang|banged|banging|punch|punched|punching|burn|burnt|burned|burning|cut|cutting|scratch|scratched|scratching|starve|starved|starving) (?:\w+ ){0,5}?on purpose\b|(?:^|\bi (?:\w+ ){0,2}?)(?:held|hold|holding|put|putting|pressed|pressing|stuck|sticking|poured|pouring|scalded|scalding|dug|digging|jabbed|jabbing|stabbed|stabbing) (?:my|me) (?:hand|hands|arm|arms|leg|legs|wrist|wrists|finger|fingers|skin|face|foot|feet|thigh|thighs|stomach|head|palm|palms) (?:over|on|onto|in|into|under|against|through) (?:the |a |an |some )?(?:\w+ ){0,3}?(?:fire|flame|flames|gas|ring|hob|cooker|stove|iron|kettle|water|candle|lighter|radiator|oven|glass|pan|grill|heater|blade|knife|needle|match|matches|cigarette|fag|tap|bleach) (?:\w+ ){0,3}?on purpose\b|\bme (?:want|wan) hurt me\b|\bme (?:want |wan |wanna )?(?:kill|hurt|cut|harm) me\b",
    # A plan for doing it, told of oneself: "i know how i would do it", "i have worked out when i am going
    # to do it". Said alone, in a conversation about what was done to them, it is taken as a plan to die:
    # the lines cost a kind word. "how to do it" is left, as people plan their report too.
    "a plan": r"\b(?:know|knew|planned|plan|planning|worked out|work out|decided|thought about|thinking about|thought out|sorted out) "
              r"(?:exactly |already |just )?(?:how|when|where) (?:i would|i will|i am going to|i am gonna|i could|i would be able to) "
              r"(?:do it|end it|go through with it)\b(?! (?:myself|my self|online|on (?:the|my)|at home|from home|later|with|the form|the report))|"
              # Said alone: "i have worked out exactly how to do it".
              r"^(?:i have |i ve |ive |i )?(?:worked out|planned|decided|figured out) (?:exactly |already |now )?(?:how|when|where) to (?:do it|end it)$|"
              # Done when no one is there to stop it: "i will do it tonight when my partner is at work";
              # not a form or a report done when there is time ("i will do it when the kids are in bed").
              r"^(?!.*\b(?:form|report|link|online|website|police|true vision|it in)\b).*"
              r"\b(?:i will|i am going to|i am gonna|i ll) (?:do it|end it)(?: tonight| today| tomorrow| soon| this weekend| at the weekend| next week|"
              r" on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))? (?:when|while|whilst) (?:(?:everyone|every one|the kids|the children|they|he|she|no one|nobody|my \w+)"
              r"(?: \w+)? (?:is|are|has|have|goes|go|gone) (?:asleep|at work|out|away|gone|not here|not home|left|to work|at school|at college|at nursery|on holiday)|"
              # Or when the person is alone: "i will do it this weekend when i am on my own".
              r"(?:i am|i m|im|i will be|i ll be|i get) (?:home |in |back )?(?:on my own|on me own|alone|by myself|by my self|home alone)|"
              # Or when the one at home is away at family's: "when my son is at his dads".
              r"(?:my|the) (?:\w+ ){0,2}?(?:is|are|goes|go) (?:at|to|round|over at|staying at|with) (?:his|her|their|my) (?:dads?|mums?|nans?|grans?|grandmas?|grandads?|friends?|mates?|aunties?|dad|mum))\b",
    # Made ready: "i have got a belt ready in the wardrobe", "a rope for when i am ready".
    "means made ready": rf"\b(?:got|have|has|bought|found|put|hidden|hid|keep|kept) (?:a |my |the |some |all my )?(?:\w+ )?{_MEANS_MADE_READY}s? "
                        r"(?:(?:all )?ready|set up|tied(?: up)?|waiting)\b(?! (?:for (?:work|school|college|tomorrow|my (?:trip|holiday|shift|job|interview)|the (?:morning|trip|holiday|weekend))|to (?:go|wear|pack)))|"
                        rf"\b{_MEANS_MADE_READY}s?\b.*\bfor when (?:i am|i m|im|i feel) ready\b",
    # Something to harm oneself with, in hand and meant: "im holding a razor blade and i want to use it".
    # A ligature too: "i have a belt and a door and i am going to use them".
    "means in hand": r"\b(?:holding|got|have|has|with|bought|found) (?:a |my |the |some )?(?:\w+ ){0,2}?(?:razor(?: blade)?|blade|pills|tablets|rope|noose|belt|cord|ligature|cable)s?\b"
                     r".*\bi (?:really )?(?:want|wanna|am going|am gonna|going|gonna|am about|will|might) (?:to )?use (?:it|them)\b(?! to (?:hold|keep|do|fix|tie|carry|pay|open|charge|plug|connect))",
    # Hurt done to oneself for what it does: "i slam my fists into the wall to feel something".
    "hurt to feel": r"(?:^|\bi (?:\w+ ){0,2}?)(?:slam|slamming|hit|hitting|punch|punching|bang|banging|cut|cutting|burn|burning|scratch|scratching|"
                    r"hurt|hurting|smash|smashing|bite|biting|pinch|pinching)\b(?:\s+\w+){0,2}?\s+(?:my ?self|me self|(?:the |a )?walls?|"
                    r"my (?:arms?|legs?|head|face|skin|wrists?|hands?|fists?|body|thighs?|stomach))\b(?:\s+\w+){0,3}?\s+(?:to|so i can|so that i can|just to) "
                    r"(?:feel something|feel anything|feel real|feel alive|cope|punish myself|numb (?:it|the pain)|stop the pain)\b",
    # An apology to everyone, as a farewell: "sorry to everyone i let down".
    "sorry to everyone": r"\bsorry (?:to (?:everyone|everybody|you all|all of you|all my family)|for (?:being a burden|letting everyone down))$"
                         r"|\bsorry\b.*\b(?:to|for) everyone i (?:have )?(?:let down|failed|hurt|disappointed)\b",
    # Things given away as if leaving: "ive given away all my stuff to my mates".
    "giving things away": r"\b(?:give|giving|given|gave) (?:away )?(?:all|most) (?:of )?my (?:stuff|things|belongings|possessions|savings|money)\b|"
                          # Leaving for good: "ive left my dog with my neighbour because i wont be coming back".
                          r"\bbecause i (?:will not|wont|am not going to) be (?:coming back|here|around|alive)\b|"
                          r"\b(?:left|leaving|given|gave|rehomed|rehoming) (?:my )?(?:dog|dogs|cat|cats|pets?|kids|children|son|daughter)\b.*\bi (?:will not|wont) be (?:coming back|here|around)\b",
    "the last they will hear": r"\blast time (?:you|anyone|you all|they) (?:will|ll) (?:hear|see) (?:from )?me\b|"
                               r"\b(?:you|they|no one|nobody) (?:will not|wont|will never) (?:hear from|see) me again\b",
    "a note to say goodbye": r"\b(?:wrote|written|writing|left|leaving) (?:a |my )?(?:note|letter)s? (?:for|to) (?:my |the )?(?:family|kids|children|mum|mom|parents|everyone|loved ones|partner|husband|wife)\b",
    # More than the dose, on purpose: "i took double my insulin on purpose an hour ago" (blind set 107 got no lines).
    "overdose": r"\b(?:took|taken|take|taking|had|swallowed|done) (?:double|triple|twice|three times|extra|too much|way too much|a double dose of|a triple dose of) "
                r"(?:of )?(?:my |the |his |her )?(?:\w+ )?(?:insulin|meds|medication|tablets|pills|dose|doses|methadone|morphine|painkillers|sleeping pills)\b"
                r".*\b(?:on purpose|deliberately|intentionally|purposely|purposefully)\b|\boverdos\w*\b|\b(?:took|taken|take|taking|swallowed|swallow|had) (?:a load of|loads of|too many|all (?:of )?my|all the|lots of|a lot of|a bottle of|some) "
                r"(?:pills|tablets|meds|medication|paracetamol)\b|\b(?:pills|tablets) to (?:die|end it|sleep forever)\b|"
                # Pills set out before the person: "i have taken the tablets out of the packets and they are in front of me"
                # (blind set 96), "all my pills lined up on the table".
                r"\b(?:pills|tablets|meds|medication|paracetamol|painkillers)\b(?:\s+\w+){0,8}?\s+(?:lined up|laid out|set out|popped out|all out|"
                r"in front of me|next to me|beside me|in my hand|in my hands)\b(?! (?:for (?:the|my) (?:week|day|kids|mum|dad|nan)|in (?:the|a) (?:dosette|pill) box))|"
                r"\b(?:taken|took|popped|pushed|got) (?:all )?(?:the |my |all my |all the )?(?:pills|tablets) out of (?:the |their |all the )?(?:packets?|packs?|boxes|box|blister packs?|strips?)\b|"
                # Pills put by: "ive got a stash of tablets hidden ready", "i have been saving up my meds".
                r"\b(?:stash|stockpile|hoard|pile)s? of (?:pills|tablets|meds|medication|paracetamol)\b|"
                r"(?:^|\bi (?:have |just |have just )?)(?:took|taken|swallowed|had) all (?:of )?(?:\w+ ){0,2}?(?:sleeping )?(?:pills|tablets|meds|medication|paracetamol)\b|"
                r"\b(?:pills|tablets|meds|medication|paracetamol) (?:hidden |saved |put by |stored )?(?:ready|waiting|for when)\b|"
                r"\b(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding) (?:up )?(?:my |some |all my |enough |all the )?(?:pills|tablets|meds|medication|paracetamol)\b|"
                # Put away where no one will find them: "i have been hiding tablets in my sock drawer for weeks".
                r"\b(?:hiding|hidden|hid|stashing|stashed|collecting|collected|putting by|put by) (?:away )?(?:my |some |all my |enough |all the |a load of |loads of |boxes of |packets of )?"
                r"(?:pills|tablets|meds|medication|paracetamol|painkillers|antidepressants|sleeping pills)\b"
                # Not fetched ("im collecting my tablets from the chemist") nor kept from children.
                r"(?! (?:from|at|for|up)\b)(?! away from (?:my|the|our) \w+)|"
                # Someone else's put by: "been stockpiling my nans tablets for a few weeks" (blind set 101 got no lines).
                rf"\b(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|stashing|stashed) (?:up )?(?:my|her|his|some|all my|enough of my|all the) \w+s? {_MEDS}\b|"
                # A whole pack swallowed: "i swallowed the whole strip of my sertraline about an hour ago" (blind set 101).
                # Or a pack, said as one: "i swallowed a packet of paracetamol an hour ago" (blind set 104); not one carried somewhere.
                rf"\b(?:took|taken|swallowed|had|downed|necked|popped)\b (?:the whole |a whole |all the |all of the |all |two |three |four |\d+ |a |an |one |a full |half a )"
                rf"(?:strip|strips|packet|packets|box|boxes|bottle|bottles|blister pack|blister packs|pack|packs|tub|tubs)s? of (?:my |her |his |the |some )?(?:\w+ )?{_MEDS}\b"
                r"(?! (?:to|round|over|for|back|home|with (?:me|us|him|her)|in my bag|from)\b)",
    # Something no one swallows but to harm themselves: "i have swallowed bleach".
    "poison swallowed": r"(?<!made me )(?<!forced me to )(?<!made us )\b(?:swallowed|swallow|swallowing|drank|drunk|drink|drinking|taken|took|take|taking|had|downed|down|ingested)"
                        # "i drank some of the bleach from under the sink" (blind set 106 got no lines).
                        r" (?:some |a |the |a bottle of |half a bottle of |a cup of |a glass of |a mouthful of |a load of |"
                        r"(?:some|a bit|a drop|a lot|loads|half|all|most) of (?:the |my |that |our |a bottle of (?:the )?)?)?"
                        r"(?:bleach|anti ?freeze|poison|rat poison|weed ?killer|drain cleaner|screen ?wash|paint stripper|white spirit|"
                        r"meths|methylated spirits?|disinfectant|toilet cleaner|oven cleaner|pesticide|slug pellets)\b",
    "jump or hang": r"\b(?:jump|jumping) (?:off|from|in front of)\b|"
                    # Gone up somewhere high to jump: "i am going up to the top of the car park at the precinct to
                    # jump" (blind set 100 got no lines).
                    rf"\b(?:going|go|went|gone|heading|climbing|climbed|getting|got|walking|driving) (?:up )?(?:\w+ ){{0,8}}?{_HIGH_PLACE}\b(?: \w+){{0,6}}? to jump\b"
                    r"(?! (?:me|us|him|her|them|on|in|over|around|about|up)\b)|"
                    r"\b(?:going to|gonna|want to|wanna|will) (?:lie|lay) (?:down )?(?:on|in) (?:the )?(?:tracks|train tracks|railway|railway line|road|motorway)\b|\b(?:want|going|gonna) (?:to )?jump\b(?! (?:me|us|him|her|them|on))|"
                    r"\bthrow (?:my ?self) (?:off|in front|under)\b|"
                    # Meant, not an accident told: "going to step in front of a train".
                    r"\b(?:want|wanna|going|gonna|thinking (?:about|of)|plan(?:ning)?|might|will|ready|about) (?:to )?(?:just )?"
                    r"(?:step|stepping|walk|walking|run|running|lie|lying|lay|jump|jumping|throw my ?self) (?:out )?(?:in front of|under|onto|into|out into) "
                    r"(?:a |the |an )?(?:next |oncoming |passing |number \d+ |\d+ )?(?:train|trains|bus|car|cars|lorry|truck|traffic|tube|tracks|tram|coach|van)\b|\b(?:standing|stood|sat|sitting) on (?:the|a) (?:bridge|edge|roof|ledge|railway)\b|"
                    # Someone else on it is a place an account names: "stopped me on the bridge and punched me".
                    # Not where others would throw someone off: "my son is on the bridge and a gang are trying to throw him over" (blind set 97),
                    # nor set on someone there ("they are on the bridge and trying to jump me").
                    r"(?<!\bme )(?<!\bus )(?<!\bhim )(?<!\bher )(?<!\bthem )\bon the (?:roof|bridge|ledge) and\b"
                    r"(?!(?:\s+\w+){0,5}?\s+(?:is|are|keep|keeps)?\s*(?:trying to|going to|about to|threatening to|want to|wants to) (?:throw|push|chuck|tip|drop|dangle|shove|jump) (?:him|her|them|me|us)\b)|"
                    # Walking into deep water: "i am going to walk into the canal tonight" (not a swim or a paddle).
                    r"\b(?:want|wanna|going|gonna|thinking (?:about|of)|plan(?:ning)?|might|will|ready|about) (?:to )?(?:just )?(?:walk|wade) (?:out )?(?:into|in) "
                    r"(?:the )?(?:sea|river|canal|lake|reservoir|loch|water|waves|quarry|dock|harbour|marina)\b|"
                    # Driving to die: "i want to drive my car into a wall".
                    r"\b(?:want|wanna|going|gonna|thinking (?:about|of)|plan(?:ning)?|might|will|ready|about) (?:to )?(?:just )?(?:drive|crash|steer|swerve|driving|crashing|steering|swerving)"
                    r" (?:my car |the car |my self |myself |it )?(?:into|off|in front of) (?:a |the )?(?:wall|tree|river|sea|lorry|truck|traffic|bridge|cliff|motorway|oncoming|road|edge|pier|quay|dock|"
                    # Or what lines the road: "thinking of driving into the motorway barrier on purpose" (blind set 101 got no lines).
                    r"crash barrier|barrier|central reservation|lamp ?post|pylon|bollard)|"
                    # A ligature made fast by the person: "i have got a belt round the banister", "i have tied my dressing gown
                    # cord to the banister" (blind set 105 got no lines); not one put up by others.
                    r"(?:^(?:there is|theres|i have|i ve|ive|i)|\bi (?:have |ve )?(?:got|put|tied|hung|fixed|fastened|made))\b (?:a |the |my |some )?(?:\w+ ){0,2}?"
                    r"(?:belt|rope|cord|cable|scarf|sheet|noose|ligature|tie|flex|strap|tights)s? (?:tied |fixed |hanging |hung )?(?:round|around|to|on|over|from) "
                    r"(?:the|a|my) (?:banister|bannister|banisters|bannisters|loft hatch|beam|beams|hook|curtain rail|curtain pole|light fitting|"
                    r"stair rail|clothes rail|wardrobe rail|shower rail|pipe)\b(?!.*\b(?:for (?:the|my) (?:dog|washing|coats?|bags?)|for (?:tomorrow|school|work|college|the morning|later|church|the wedding)|to (?:dry|mark|hold|keep|air)))|"
                    rf"\b(?:(?:got|have|bought|buying|getting) (?:a |some )?rope|(?:rope|noose) (?:is |all )?(?:ready|set up|tied|up|waiting)|have (?:the|my) (?:rope|noose))\b{_NOT_A_ROPE_FOR_SOMETHING}|\bhang my ?self\b|"
                    r"\b(?:i am|am|i have been|i have gone|i went|we are)\s+(?:(?:standing|sitting|stood|sat|now|still|just)\s+)?"
                    r"(?:on|onto|at|by|near) (?:the |a )?(?:edge of (?:the |a )?)?(?:(?:train |railway |rail )?(?:tracks?|rails)|(?:train |railway |rail )line|railway|cliff edge|cliff|ledge)\b|"
                    # At the edge of a height: "im stood at the edge of the bridge" (the learned reader alone had heard it, and
                    # at "is this right?" its "i am" had sent the report; found by CI's sample of the cases).
                    # Or of a drop: "i am stood at the edge of the quarry" (blind set 103).
                    r"\b(?:i am|am|im|i m|i have been)\s+(?:(?:standing|sitting|stood|sat|now|still|just)\s+)?(?:on|at|by) (?:the |a )?(?:very )?edge of "
                    r"(?:the |a |my )?(?:\w+ )?(?:bridge|roof|flyover|car park|multi ?storey|balcony|tower block|quarry|gorge|viaduct|cliffs?|dam|"
                    r"reservoir wall|harbour wall|sea wall|tower|building|block of flats|high rise)\b(?! site| estate)|"
                    # At the platform edge for a train that will not stop: "i am standing at the edge of the platform waiting for the fast train".
                    r"\b(?:i am|am|im|i m)\b.*\b(?:edge of the platform|platform edge)\b.*\b(?:(?:fast|through|non ?stop(?:ping)?|express|freight) trains?|jump|tracks|rails)\b|"
                    # High up, looking down: "i am stood on the top floor of the car park looking down".
                    r"\b(?:i am|am|im|i m)\s+(?:(?:standing|sitting|stood|sat|now|still|just|up|right)\s+)*(?:on|at|up) (?:the |a )?"
                    r"(?:top (?:floor|level|storey|story|deck) of (?:the|a) (?:car park|multi ?storey|building|block|flats|tower|hospital)|roof of|rooftop|roof|top of (?:the|a) "
                    r"(?:multi ?storey|car park|building|block|flats|tower|cliff|bridge|quarry|viaduct)|multi ?storey|balcony)\b.*\blooking (?:down|over the edge|over)\b(?! at (?:them|him|her|the (?:crowd|people|street|road)))",
}
# Someone else's words: abuse the person was given, not their own crisis.
QUOTED = re.compile(
    r"\b(?:told|tell|telling|said|says|saying|shouted|wrote|writing|posted|messaged|called|yelled|texted)"
    r"(?: \w+){0,3} (?:to |i should |that i should |i should go |go )?(?:kill|hang|end) (?:my ?self|your ?self|yourself)\b|"
    r"\bkill (?:your ?self|yourself)\b|(?<!want )(?<!wan )(?<!wanna )(?<!want to )\bgo die\b|"
    r"\b(?:told|tell|telling)(?: me| us)? to (?:just )?(?:go )?(?:end it all|end my life|die)\b|"
    r"\b(?:said|says|saying|shouted|wrote|posted|messaged|yelled|texted)(?: to me| at me)?(?: that)? i (?:should|ought to) "
    r"(?:just )?(?:go )?(?:end it all|end my life|die)\b|"
    # Told to stop existing: "he shouted stop existing at me" (blind set 24 took it for the person's own).
    r"\b(?:shouted|screamed|yelled|said|says|wrote|posted|messaged|texted|told (?:me|us|him|her|them))(?: at me| to me)? (?:to )?(?:go and |just )?"
    r"(?:stop existing|stop breathing|drop dead|go die|go and die|delete yourself|neck yourself|unalive yourself|not exist)\b"
)
# The person's own mind speaking, not someone's abuse: "my head keeps telling me to kill myself".
OWN_VOICE = re.compile(r"\b(?:my (?:own )?(?:head|mind|brain|thoughts|inner voice)|(?:the|a|these) voices?(?: in my head)?|"
                       r"something (?:inside|in) (?:me|my head))(?: \w+){0,2}? (?:telling|tells|tell|told|saying|says|said)\b|"
                       # What was said, and what it does to the person: "what they said makes me want to kill myself" (blind set 106).
                       r"\b(?:makes?|made|making|has made|have made) me (?:want|wanna|feel like|think about|think of)(?: to)? (?:kill|killing|end|ending|hang|hanging) "
                       r"(?:my ?self|my life|it all)\b")
# Abuse quoted and then taken as the person's own: "they told me to kill myself and i think i will".
TAKEN_TO_HEART = re.compile(
    r"\b(?:(?:kill|hang|end) (?:my ?self|your ?self|yourself)|stop existing|drop dead|go die|delete yourself|(?:should|ought to) (?:just )?(?:go )?die|"
    r"(?:told|tell|telling) (?:me|us) to (?:just )?(?:go )?(?:and )?die)\b"
    r".*\b(?:and|so|now|maybe|perhaps)\b.*"
    r"(?:\bi (?:think i |might |just might |probably |really )?(?:will|might|should|want to|wanna|am going to|gonna)"
    r"(?: actually| just| really| well| honestly)?(?: do it| do that| go through with it| listen| listen to (?:them|him|her)| take (?:their|his|her) advice| take the hint|"
    # "and i am going to do what they said".
    r" do (?:what|as) (?:they|he|she) (?:said|say|says|told me|tell me|want|wanted|asked))?"
    # When, said after: "and i am going to do it tonight".
    r"(?: tonight| today| tomorrow| soon| now| later| this (?:week|weekend|evening)| at the weekend)?$|"
    r"\bi (?:kind of |sort of |actually |really |do )?(?:agree|believe (?:them|him|her|it))\b|"
    r"\b(?:they|he|she) (?:are|is|were|was|might be|could be) right\b)"
)
_SIGNS = tuple((name, re.compile(pattern)) for name, pattern in SIGNS.items())
# The names a crisis is found by, as a reading lists them beside the signs of danger.
CRISIS_SIGNS = frozenset(SIGNS) | {"abuse taken to heart"}


# Signs of a crisis that is someone else's, told by the person worried for them.
SOMEONE_CLOSE = frozenset({"someone close may take their life", "someone close may jump", "someone close has harmed themselves"})


def _told_by_someone_else(spelled: str) -> bool:
    """Someone's words quoted ("he told me to kill myself"), not the person's own mind speaking."""
    return QUOTED.search(spelled) is not None and OWN_VOICE.search(spelled) is None


# Not facing the police, court or the form: "no police please i cant face it". Going on, coping and
# "any more" are about living, whatever else is named ("i cant do this anymore the police did nothing").
_FACING_THE_PROCESS = re.compile(r"\b(?:police|cops|court|courts|report|reporting|form|statement|interview|true vision|solicitor|trial)\b")
_ABOUT_LIVING = re.compile(r"\b(?:go on|carry on|keep going|cope|live|living|life|any ?more|no more|much longer|any longer|another day|"
                           r"tomorrow|waking up|the future)\b")


def crisis_signs(text: str) -> tuple[str, ...]:
    """Returns the names of the crisis signs in ``text`` (empty when there are none)."""
    spelled = safety_text(text)
    plain = QUOTED.sub(" ", spelled) if _told_by_someone_else(spelled) else spelled
    found = tuple(name for name, pattern in _SIGNS if pattern.search(plain))
    if found == ("can not go on",) and _FACING_THE_PROCESS.search(plain) and not _ABOUT_LIVING.search(plain):
        found = ()
    return found + (("abuse taken to heart",) if TAKEN_TO_HEART.search(spelled) else ())


# Fear of being killed by someone else, told as the account ("i thought i was going to die").
FEARED = re.compile(r"\b(?:thought|felt like|was sure|was scared|was afraid|were scared|feared|think|thinking) "
                    r"(?:that )?(?:i|we|he|she|they) (?:was|were|would|might|am|are) (?:going to |gonna )?(?:die|be killed|get killed|be dead)\b")


def fears_being_killed(text: str) -> bool:
    """True if ``text`` tells of fearing death at someone else's hands: the report, not a crisis."""
    return FEARED.search(safety_text(text)) is not None


def is_quoted_abuse(text: str) -> bool:
    """True if ``text`` tells of abuse such as "he told me to kill myself": someone else's words."""
    return _told_by_someone_else(safety_text(text))
