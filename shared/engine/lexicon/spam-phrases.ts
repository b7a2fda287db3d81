// Promotion, solicitation and scam phrases. Weights add up: one strong phrase ("check
// out my channel", "please subscribe") flags by itself; weaker ones ("my video", "support
// me") need company. Fan chatter ("love this song", "who is watching in 2015") has none.
// Each phrase reports the rule of its family; what is not yet split into a family reports
// the broad rule of its kind (spam.promotion, spam.solicitation, spam.scam, spam.contact).
// The mechanisms that no phrase list can spell out (an ask anywhere near "my" + content,
// counts to reach, handles) are in checks/promotion.ts.

import type { RuleId } from '../rules.ts';
import { PhraseSet } from './phrase-set.ts';
import { WORD } from './word-bits.ts';

export interface SpamPhrase {
  weight: number;
  rule: RuleId;
}

const P: RuleId = 'spam.promotion';
const S: RuleId = 'spam.solicitation';
const X: RuleId = 'spam.scam';
const C: RuleId = 'spam.contact';
const ASK: RuleId = 'spam.promotion.ask';
const CREATOR: RuleId = 'spam.promotion.creator';
const PLEA: RuleId = 'spam.promotion.plea';
const SEARCH: RuleId = 'spam.promotion.search';
const SWAP: RuleId = 'spam.solicitation.swap';
const MILESTONE: RuleId = 'spam.solicitation.milestone';
const VOTE: RuleId = 'spam.appeal.vote';
const DONATE: RuleId = 'spam.appeal.donate';
const HANDLE: RuleId = 'spam.contact.handle';
const REFERRAL: RuleId = 'spam.referral.code';

const MY = 'my|our';
const CHANNEL = 'channel|chanel|channels|chanell|page|website|site|blog|videos|vids|stuff|music|songs|covers|account|profile|instagram|insta|twitter|facebook|fb|soundcloud|mixtape|shop|store|youtube|yt|tiktok|twitch|stream|podcast|playlist|band|album|ep|art|artwork|work|content|vlog|vlogs|app|game|book|novel|website';

const LIST: [string, number, RuleId][] = [
  // Self-promotion
  [`check|checkout|chek|visit|see|view|watch|listen|hear out ${MY}`, 1.2, ASK],
  // "check my channel", "watch my new video": the ask mechanism (promotion.ts) reads these with
  // their subject, so "I check my email" and "going to see my band" stay a life.
  [`check|checkout|chek out`, 0.4, P],
  [`check|checkout out this|these|the|that video|videos|song|cover|remix|vid|playlist`, 0.6, P],
  [`check|checkout out this|that|these channel|channels|link|site|website|page|blog|app|game`, 1, P],
  ['appreciate|appreciated a|any|the|some sub|subs|subscribe|subscribers|subscription|support|like|likes|view|views|follow|follows', 1, S],
  ['started|starting|made|created|opened|launched a|my channel|youtube|vlog|blog|podcast', 0.6, CREATOR],
  ['youtube channel', 0.5, P],
  [`check this|it out`, 0.4, P],
  [`go|come to ${MY}`, 0.8, ASK],
  [`go|come|head|drop|stop over|by to ${MY} ${CHANNEL}|video|vids|videos|page`, 1.2, ASK],
  [`go|come|head|drop|stop to|by ${MY} ${CHANNEL}|video|vids|videos|page`, 1.2, ASK],
  ['you|u will|ll|would|might|may like|love|enjoy my|our', 1, ASK],
  ["you'll|youll like|love|enjoy my|our", 1, ASK],
  ['year old rapper|singer|artist|producer|musician|youtuber|songwriter|guitarist|drummer|beatmaker', 0.8, CREATOR],
  [`take a look at|on ${MY}`, 1, ASK],
  // "my band", "my playlist", "my youtube" alone are a life told; with an ask, a pointer or a
  // plea (promotion.ts) they are a pitch.
  [`${MY} ${CHANNEL}`, 0.5, P],
  // "my channel got demonetised" is a creator talking; with an ask (promotion.ts) it is a pitch.
  [`${MY} channel|chanel|channels|chanell|chanel|channal`, 0.8, P],
  [`${MY} new|latest|first|own song|video|single|track|channel|cover|music|album|mixtape|vid|videos|rap|beat|beats|app|book|website|blog|page`, 1, P],
  [`${MY} youtube|yt channel|page`, 1, P],
  [`${MY} video|vid|song|cover|track|rap|beat|remix|single`, 0.5, P],
  [`i|i'm|im just made|uploaded|posted|recorded|started|created|make|upload`, 0.3, CREATOR],
  ['subscribe|subcribe|suscribe|subscibe|sub|subs to|2|too my|me|our', 1.2, S],
  // "whoever subscribes to me", "everyone who subs to me".
  ['subscribes|subscribing|subbing|subscribed to|2 me|us', 1.2, S],
  ['get|push|bring|keep this comment to|at the top', 1, S],
  ['get|getting|got monetised|monetized|partnered', 0.6, PLEA],
  ['gets|get noticed|discovered|seen|heard', 0.4, PLEA],
  ['my|our channel|page|podcast|blog|vlog is|s about|for', 1, P],
  ['click|watch|open|tap the first video|result|link|one', 0.6, P],
  ['subscribe|subcribe|suscribe|subscibe|sub me|us|my|our', 1.2, S],
  ['please|pls|plz|plzz|plese|pleas|kindly like|share|check|visit|support|help|watch', 0.6, S],
  ['please|pls|plz|plzz|plese|pleas|kindly subscribe|subscibe|subcribe|suscribe|sub|follow', 1.2, S],
  ['subscribe|sub|subscribed for|4 subscribe|sub|subscribed|subs', 1.2, SWAP],
  // One-word swaps ("sub4sub", "l4l") are read by checks/promotion.ts, which can tell the 4 of
  // "s4s" from the a of "SAS".
  ['sub|subs|subscribe|follow|view|views 4|for|2|x sub|subs|subscribe|follow|view|views', 1.5, SWAP],
  ['like|likes 4|2|x like|likes', 1.5, SWAP],
  // "a like for like comparison" is an idiom too.
  ['like for like', 0.6, SWAP],
  ['sub|subscribe|subscribing|subbing|follow back', 1.2, SWAP],
  ['sub|subscribe|subbing|subscribing|support to each other', 1.2, SWAP],
  ["each others|other's channel|channels", 1, SWAP],
  ['subscribe|subscribers|subscriber|subscribing|subs', 0.4, S],
  ['subscribe and|&|n like|comment|share', 1, S],
  ['like|thumbs and|&|n subscribe', 1, S],
  ['if you|u subscribe|sub|subbed|subscribed', 1, S],
  ['follow|add me|us on|there|at', 1, S],
  ['same name|username|handle|user on|there', 0.6, HANDLE],
  ['find|catch me|us on', 0.8, HANDLE],
  [`${MY} friend's|friends|brother's|sister's|cousin's|son's|daughter's|mate's channel|video|videos|music|band|song|page|vlog`, 1, P],
  ['video on youtube', 0.6, P],
  ['want|wanna to make|earn money|cash', 1, X],
  ['vote for me|my', 0.6, VOTE],
  ['my|our gofundme|kickstarter|patreon|fundraiser|indiegogo|go_fund_me', 0.8, DONATE],
  ['paypal|cashapp|venmo me|us', 1, DONATE],
  ['donate|donating|contribute to my|our', 0.8, DONATE],
  ['subscribe|sub if you|u', 0.8, S],
  ['would love|appreciate some|any feedback|support|views|subs', 0.6, S],
  ['on her|his|their channel|page', 0.4, P],
  ['like if you|u agree|think|love', 0.6, S],
  ['share this with|before|everywhere', 0.6, S],
  ['before they delete|remove|censor|ban', 0.6, S],
  ['promote your|ur music|channel|business|brand|page|band|videos|content|website', 0.8, X],
  ['real|active|genuine listeners|followers|views|viewers|subscribers|likes|plays|streams', 0.8, X],
  ['we offer|provide', 0.3, X],
  ['starting at|from', 0.3, X],
  ['for a|your free quote', 0.6, X],
  ['free quote|consultation|estimate|trial', 0.6, X],
  ['web|website|logo design', 0.4, X],
  ['get rich quick|fast', 1.2, X],
  ['doubling|double|doubles all|your btc|bitcoin|crypto|eth|ethereum|money', 1.2, X],
  ['side hustle|hustles|gig', 0.8, X],
  ['need a loan|loans', 0.6, X],
  ['essay|assignment|dissertation writing|help service|services|experts', 0.8, X],
  ['returns|profit|profits|income|results guaranteed', 1, X],
  ['guaranteed returns|profit|profits|income|results', 1, X],
  ['forex|crypto|trading|betting signals|tips|bot', 0.8, X],
  ['one weird|simple|strange trick', 1, X],
  ['doctors|experts|banks hate', 0.8, X],
  ['no experience needed|necessary|required', 0.8, X],
  ['quick|easy|fast|free money|cash', 0.6, X],
  ['get paid', 0.5, X],
  ['bad|poor credit', 0.6, X],
  ['instant|same day|guaranteed approval|approved', 0.8, X],
  ['approved same|today', 0.6, X],
  ['no credit check', 0.8, X],
  ['no questions asked', 0.6, X],
  ['today only', 0.6, X],
  ['tell them i|me sent you', 0.6, X],
  ['search for|google', 0.2, SEARCH],
  ['look me|us up', 0.8, SEARCH],
  ['search|google|type|youtube my|our name|names', 1, SEARCH],
  ['follow me|us', 0.8, S],
  ['follow|add my|our', 0.8, S],
  ['like|thumbs|thumb this|my comment', 0.6, S],
  // Like-bait: the writer's name or profile is the link ("don't read my name", "don't look at my pic").
  ["don't|dont|do_not|dnt read|look_at|click|check|open my name|profile|pic|picture|channel|username|avatar", 1.2, P],
  // "subbing to everyone who likes this comment": a swap offered to whoever likes the comment.
  ['subbing|subbin|subscribing|sub|subscribe|following|follow to|back everyone|every1|evry1|everyi|evryi|everybody|anyone|any1|anyi|all who|that|that_likes|who_likes|who_like|who_subs', 1.2, SWAP],
  ['like|thumbs|thumb this|my comment so|if|to|and|please|pls|plz', 1.2, S],
  ['like|thumbs|thumb up this|my comment', 1, S],
  ['thumbs|thumb up so', 1, S],
  ['so more|everyone|people can|will|could see', 0.6, S],
  ['more people can|will|could|see|hear', 0.4, S],
  ['support me|us|my', 0.6, S],
  ['help me reach|get|grow|out|achieve|hit|become', 0.8, MILESTONE],
  ['help my channel|dream|career', 1, S],
  ['reach|get|hit 100|1000|10000|1k|10k|100k subscribers|subs|subscribes|views|followers', 1, MILESTONE],
  ['give|gimme me a chance|shot|listen|try', 0.8, PLEA],
  ['give it|us|my music a listen|chance|try|shot', 0.8, PLEA],
  ['share this|my|our', 0.4, S],
  ['i know you|u will|would|might|are|probably skip|ignore|scroll', 1, PLEA],
  ["don't|dont|do not skip|ignore|scroll", 0.6, PLEA],
  ['before you scroll|skip|ignore', 1, PLEA],
  ['sorry for|about the spam|spamming|advertising|promo|promotion', 1.5, PLEA],
  ['sorry for|about spamming|advertising', 1.5, PLEA],
  ['self promotion|promo', 1, PLEA],
  ['shameless plug|promotion|self', 1.2, PLEA],
  ["i'm|im a|an young|new|upcoming|aspiring|independent|small|struggling rapper|singer|artist|youtuber|musician|producer|songwriter|band|channel|gamer|vlogger", 1, CREATOR],
  ["i am a|an young|new|upcoming|aspiring|independent|small|struggling rapper|singer|artist|youtuber|musician|producer|songwriter|band|channel|gamer|vlogger", 1, CREATOR],
  ["i'm|im a|an rapper|youtuber|vlogger|producer", 0.8, CREATOR],
  ["i am a|an rapper|youtuber|vlogger|producer", 0.8, CREATOR],
  ['upcoming|aspiring|independent|struggling|unsigned rapper|singer|artist|musician|youtuber|producer', 0.8, CREATOR],
  ['trying to get noticed|discovered|heard|known|famous|big|my', 0.6, PLEA],
  ['trying to make it|become|grow|reach', 0.6, PLEA],
  ['support small|new|upcoming|independent|indie|struggling artists|creators|youtubers|channels|musicians|bands|rappers', 0.6, PLEA],
  ['support a small|new|upcoming|independent|indie|struggling artist|creator|youtuber|channel|musician|band|rapper', 0.6, PLEA],
  ['any support is|would_be appreciated|welcome', 0.6, PLEA],
  ['chasing my dream|dreams', 0.6, PLEA],
  ['hey|hi|hello guys|everyone|everybody|people|youtube|all', 0.2, P],
  ['new channel|rapper|artist|singer|youtuber', 0.3, CREATOR],
  ["i|we do|make|sing|play|upload|record covers|music|beats|videos|remixes|rap|raps|vlogs|songs", 0.6, CREATOR],
  ['would love|appreciate it if you|u could|would watch|listen|like|visit', 0.8, S],
  ['would love|appreciate if you|u could|would watch|listen|like|visit', 0.8, S],
  ['would love|appreciate it if you|u could|would check|subscribe|sub|support|follow', 1.2, S],
  ['would love|appreciate if you|u could|would check|subscribe|sub|support|follow', 1.2, S],
  // Bare counts ("congrats on 100k subs") are read with their goal by promotion.ts.
  ['1000th|100th|10000th|500th|first|next subscriber|subscribers|sub|subs', 1, MILESTONE],
  ['check them|it out', 0.4, P],
  ['would|will|it|itd|it\'d mean a_lot|alot|everything|the_world|so_much|a_ton', 0.8, PLEA],
  ['love|appreciate it if you|u', 0.6, PLEA],
  ['love|appreciate if you|u', 0.6, PLEA],
  ['love|appreciate|want|need some|any|new|more feedback|criticism|support|listeners|subscribers|subs|viewers|followers', 0.6, PLEA],
  ['needs|need some|a_little|more love|support', 0.6, PLEA],
  ['come|stop|pop say|by hi|hello', 0.6, PLEA],
  ['help a girl|guy|brother|sister|homie|sis|bro|kid|dude out', 0.6, PLEA],
  ['any|every donation|donations|contribution|dollar|penny', 0.6, DONATE],
  ['my|our cashapp|venmo|paypal|kofi|cash_app|ko_fi', 0.8, DONATE],
  ['anything|every_bit|every_little_bit helps', 0.6, DONATE],
  ['show him|her|me|us|them|my|our some love|support', 0.8, PLEA],
  ['makes|making music|beats|videos|covers|vlogs|remixes', 0.4, CREATOR],
  ['take a look', 0.4, P],
  // Asks typed after what they ask for, or about the writer themself: "subscribe pls", "come
  // check me out", "pls listen to me", "i wanna be a singer".
  ['subscribe|sub|subcribe pls|please|plz|plss|plzz|plox', 1.2, S],
  ['check|come_check|go_check me|us out', 0.8, ASK],
  ['please|pls|plz listen|watch to_me|me', 0.6, S],
  ['wanna|want_to|dream_of|dream_to|trying_to|hope_to be|become a|an singer|rapper|youtuber|artist|musician|producer|star', 0.6, CREATOR],
  [`${MY} friend|friends|brother|sister|cousin|mate|mates made|makes|started|uploaded|has_a`, 0.6, P],
  ['join me|us in my|our fight|cause|mission|campaign', 0.6, DONATE],
  ["i'm|im|we're selling my|our", 0.5, X],
  // "take a listen if you have a minute", "give it a watch": an ask to consume something.
  ['take|have a listen|watch', 0.6, ASK],
  // "the video I made", "a cover we recorded": the writer's own content, named after it.
  ['video|videos|vid|song|songs|cover|covers|remix|track|tracks|beat|beats|channel|playlist|edit i|we made|did|recorded|uploaded|posted|produced|filmed|edited', 0.8, P],
  // "new cover of this song (on my channel)": the writer's take on what is being watched.
  ['new|latest|my|own cover|remix|version|edit|rendition of this|the song|track|tune|one', 0.5, 'spam.promotion.release'],
  // "out now on all platforms", "search us on every platform": where a release is, without a name.
  ['on all|every platforms|platform|streaming_platforms|streaming_services|streaming_sites', 0.4, 'spam.promotion.release'],
  ['out now on|everywhere', 0.4, 'spam.promotion.release'],
  ['go stream|download|buy|pre-save|presave it|my|our|the_song|the_album|the_ep|the_track', 0.6, ASK],
  // A channel by name: "go subscribe to KarlPlays", "everyone follow ..." (a fan's "subscribed
  // to the band years ago" tells, it does not ask).
  ['go|pls|please|plz subscribe|sub|follow to', 1, S],
  ['go subscribe|sub|follow', 0.8, S],
  ['small youtuber|creator|channel|artist|streamer|musician|band|rapper', 0.6, PLEA],
  ['love|appreciate your|ur support|feedback|help', 0.6, PLEA],
  ['ask me how|for_details|for_more', 0.8, X],
  ['earn|make|making from home', 0.8, X],
  ['like and|&|n share|comment', 1, S],
  ['more subscribers|subs|views|likes|followers until|to|till|and|please|pls|plz', 1, MILESTONE],
  ['click here|this|below', 1, P],
  ['click the|this|my|that link', 1, P],
  ['click on my|the|this', 1, P],
  ['link in|on my bio|profile|description|channel|comment', 1, P],
  // "the link in the description is broken" is a viewer talking about the video.
  ['link in|on the bio|profile|description|channel', 0.5, P],
  ['link below|above|in bio', 0.8, P],
  ['go to this|the website|site|link', 0.6, P],
  ['visit this|the website|site|link', 0.6, P],
  ['free download|downloads|mp3', 0.6, P],
  ['download my|our|the app|free', 0.8, P],
  // The same asks in Spanish and Portuguese, common on music videos.
  ['suscribete|suscribanse|subscribete|suscribirse|inscrevase|inscrevam|inscreva|increvase', 1, S],
  ['mi|meu|nuestro|nosso canal|chanel', 1, P],
  ['visita|visiten|visitem|visite|pasen|passem por mi|meu|nuestro|nosso', 1, P],
  // Money, giveaways, scams
  ['earn|make|making|earning|earned|made money|cash|dollars|income|profit', 0.8, X],
  ['earn|make|making|earning|earned|made money|cash from|at|online|working|per|every|daily|fast|easy', 1.2, X],
  ['work|working|job|jobs from home|online', 0.6, X],
  ['from the comfort of', 0.6, X],
  ['extra|passive|additional|monthly|weekly|daily income|cash|money', 1, X],
  ['per|a|each|every day|week|hour|month', 0.3, X],
  ['per day|week|hour|month|hr', 0.3, X],
  ['giveaway|giveaways', 1.2, X],
  // "giving away my old sofa if anyone local needs one" is a neighbour; a giveaway of the
  // writer's ("I'm giving away ...") or of prizes ("free iPhone") is a lure.
  ['give|giving|givin away', 0.7, X],
  ['i|we will|am|are|wil give|giving away', 1, X],
  ["i'm|im|we're|i'll|ill|we'll giving|give away", 1, X],
  ['free shoutout|shoutouts|shout_out|shout_outs|promo', 0.8, X],
  // "first 50 people to subscribe get ...": a prize for joining.
  // Anchored on the rarer word: every word that can open a phrase costs a lookup.
  ['subscribe|sub|subscribers|subs get|gets|will_get|win|wins|receive', 1.2, X],
  ['free iphone|ipad|ipod|xbox|ps4|ps5|psn|gift|gifts|robux|vbucks|v-bucks|followers|likes|views|subscribers|subs|minecraft|itunes|amazon|paypal|bitcoin|btc|crypto', 1.2, X],
  ['gift card|cards|code|codes', 1, X],
  ['win a|an|free|the|your', 0.4, X],
  ['win|won|get|got|getting a|an|free|my iphone|ipad|macbook|xbox|ps4|ps5|laptop|car|giftcard|tablet|galaxy', 1, X],
  ['from home', 0.4, X],
  ['prize|prizes|rewards|freebies', 0.4, X],
  ['you|u have|ve won', 1.2, X],
  ['you|u have|ve been selected|chosen', 1.2, X],
  ['you won', 0.5, X],
  ['claim your|ur prize|reward|gift|free', 1.2, X],
  ['limited time|offer', 0.6, X],
  ['special|exclusive offer|deal|discount', 0.6, X],
  ['buy now|cheap|here|today|online', 0.8, X],
  ['order now|today|online', 0.8, X],
  // "the promo code expired" is a buyer; "use my code", "code SAVE20" (promotion.ts) sell.
  ['promo|coupon|discount|referral code|codes|link', 0.5, REFERRAL],
  ['use|enter|apply my|our code|promo|coupon|referral|invite|link', 1, REFERRAL],
  ['sign_up|signup|join|register with|using|through|via|thru my|our link|code|invite|referral', 1, REFERRAL],
  ['my|our referral|invite|affiliate|promo link|code', 1, REFERRAL],
  ['cheap|discount|wholesale|replica|fake', 0.4, X],
  ['bitcoin|btc|crypto|cryptocurrency|forex|nft|ethereum|usdt', 0.5, X],
  ['binary options', 0.8, X],
  ['invest|investment|investing|trading|trader|investor', 0.3, X],
  ['investment|trading platform|plan|opportunity|returns|manager', 0.8, X],
  ['financial freedom', 1, X],
  ['casino|casinos|betting|poker|slots|jackpot|lottery|gambling', 0.6, X],
  ['viagra|cialis|levitra|pharmacy|pills|xanax|valium|tramadol|steroids', 1, X],
  ['weight loss', 1, X],
  ['lose weight|belly|pounds|fat', 0.8, X],
  ['diet pills', 1, X],
  ['fat burner|burning', 1, X],
  ['payday|personal|fast|quick|instant|cash|easy loan|loans|credit', 0.8, X],
  // Lending pitches: "loans approved in minutes", "instant approval". One alone is also a
  // reader's news ("my loan was approved"), so each needs company to flag.
  ['loan|loans approved|guaranteed|available', 0.6, X],
  ['instant|fast|quick|guaranteed|same_day approval', 0.6, X],
  ['hot|sexy|lonely|horny girls|singles|women|milfs|babes|moms', 1, X],
  ['singles in your area', 1.5, X],
  ['dating site|app|website', 1, X],
  ['webcam|cam girls|show|shows|chat', 0.8, X],
  ['porn|xxx|nudes|onlyfans|escort|escorts', 0.8, X],
  ['sex tape|video|videos|chat|cam', 0.8, X],
  ['get|buy more|real|free views|likes|followers|subscribers|subs|fans', 1, X],
  ['increase your|ur views|likes|followers|subscribers|traffic|sales|ranking', 1, X],
  ['seo|backlinks|backlink', 0.8, X],
  // Essay mills.
  ['essay|essays|assignment|assignments|dissertation|thesis writing|writers|service|services', 0.6, X],
  ['cheap|custom|plagiarism essay|essays|assignments|papers|free', 0.6, X],
  ['web|website traffic', 0.6, X],
  ['marketing services|agency', 0.8, X],
  ['visit|check our|my site|website|store|shop', 1, ASK],
  ['go to our|my site|website|store|shop', 1, ASK],
  ['hacked|hack|cheats|cheat|generator|glitch for free', 0.6, X],
  ['robux|vbucks', 0.8, X],
  ['psn|xbox|itunes|steam|amazon|google|roblox codes|code|card|cards', 0.6, X],
  ['google pays|paying', 1.2, X],
  ['google is paying', 1.2, X],
  ['i make|made|earn|get|got', 0.2, X],
  // Contact
  ['contact|email|e-mail|message|text|dm|pm|inbox|whatsapp|call|msg me|us on|at|via|now|today', 0.8, C],
  ['contact|email|e-mail|message|text|dm|pm|inbox|whatsapp|msg me|us', 0.5, C],
  ['hit me up|upp', 0.5, C],
  ['hmu', 0.4, C],
  ['whatsapp|telegram|wechat|kik|skype|viber|icq|wickr', 0.6, C],
  ['on|via|at whatsapp|telegram|wechat|kik|snapchat|skype|viber|instagram|insta|ig|snap', 0.4, C],
  ['add me|us', 0.4, C],
];

export const SPAM_PHRASES = new PhraseSet<SpamPhrase>(
  LIST.map(([phrase, weight, rule]) => [phrase, { weight, rule }] as const),
  WORD.spamFirst,
  WORD.spamSecond,
);
