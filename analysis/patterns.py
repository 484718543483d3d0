"""Named patterns of newsroom page furniture: bylines, author blurbs, datelines, photo credits, boilerplate.

Kept apart from the logic (as BuzzFeed's ``whtranscripts`` keeps its ``patterns.py``) so they can be read, tested and
extended. They are general conventions of English-language outlets, never phrases of a particular article. To add your
own, append compiled patterns to the lists below before loading a corpus.
"""
from __future__ import annotations

import re

# A name as it appears in a byline: "Jane Doe", "JANE DOE", "Mary-Kate O'Neil", "Jean-Luc de la Cruz Jr."
NAME_WORD = r"[A-Z][\w'’.-]*"
NAME_PARTICLE = r"(?:de|da|del|der|van|von|al|el|bin|ibn|la|le|di|du|dos|das)"
NAME = rf"{NAME_WORD}(?:\s+(?:{NAME_PARTICLE}\s+){{0,2}}{NAME_WORD}){{1,3}}"  # "Jean-Luc de la Cruz"

#: A byline line: "By Jane Doe", "BY JANE DOE AND JOHN ROE", "By Zeke Miller / AP", "Words by Jane Doe", "Analysis by
#: Jane Doe, CNN", "Written by Jane Doe", "A DER SPIEGEL Report by Jane Doe", "ByJane Doe" (ABC News's page copies the
#: label closed up to the name).
BYLINE = re.compile(r"^(?:(?:story|words|text|reporting|written|analysis|opinion|commentary|review|column|essay|"
                    r"interview|perspective)\s+|an?\s+(?:[\w'’.-]+\s+){1,3}?(?:report|analysis|investigation|feature)\s+)?"
                    r"(?:byline\s*:|by[:\s]|(?-i:By(?=[A-Z][a-z])))\s*(?P<names>\S.*)$", re.IGNORECASE)

#: A signature closing the story: "— Jane Doe", "—Jane Doe and John Roe, Washington", "-- JANE DOE, Reuters".
SIGNATURE = re.compile(rf"^(?:—|–|-{{1,2}})\s*(?P<names>{NAME}(?:\s+(?:and|&)\s+{NAME})?)(?:,\s*[A-Z][\w.'’ -]{{0,40}})?$")

#: Where a contributor reported from, after the name: "Jane Doe in Des Moines".
_FROM = r"(?:\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},?)?)?"

#: An outlet signing the story under it, after a dash or in parentheses: "— Associated Press", "(Yonhap)" (a paper's
#: reprint of agency copy), read as one when outlets.csv knows the name (group 1).
OUTLET_SIGNATURE = re.compile(r"^(?:[—–-]{1,2}\s*(?=.{2,61}$)|\((?=[^()]{2,60}\)\.?$))([^()]+?)\)?\.?$")

#: Trailing credit lines: "Reporting by Jane Doe in Baghdad; Editing by John Roe" (Reuters), "Jane Doe contributed reporting."
CREDIT_LINES = [
    re.compile(r"^\(?(?:additional\s+)?(?:reporting|writing)\s+by\s+.+", re.IGNORECASE),
    re.compile(r"^\(?(?:editing|edited|compiled|produced)\s+by\s+.+", re.IGNORECASE),
    # helpers named at the foot of the story: "--With assistance from Jane Doe." (Bloomberg)
    # or by agencies and colleagues: "With reporting by AFP" (RFE/RL), "With additional reporting by Jane Roe"
    re.compile(r"^[-—–]{0,2}\s*with (?:assistance|help|(?:additional )?reporting) (?:from|by)\s+.+", re.IGNORECASE),
    # the agencies a story draws on, at its foot: "With files from The Canadian Press" (CBC), "With files from Reuters"
    re.compile(r"^[-—–]{0,2}\s*with files from\s+.{2,80}$", re.IGNORECASE),
    re.compile(r"^contributing\s*:\s*\S.*", re.IGNORECASE),  # "Contributing: The Associated Press" (USA Today)
    re.compile(rf"^(?:(?:Associated Press|AP|Reuters|AFP)\s+(?:writers?|reporters?|correspondents?)\s+)?{NAME}{_FROM}"
               rf"(?:(?:,\s*|,?\s+and\s+){NAME}{_FROM})*\s+contributed(?:\s+to)?\s+(?:this\s+)?(?:report|reporting|story)\b.*$"),
    # the same with where they were and nothing else: "Associated Press writer Samya Kullab contributed from Baghdad."
    re.compile(rf"^(?:(?:Associated Press|AP|Reuters|AFP)\s+(?:writers?|reporters?|correspondents?)\s+)?{NAME}"
               rf"(?:(?:,\s*|,?\s+and\s+){NAME})*\s+contributed\s+from\s+[A-Z][\w.'’ -]*(?:,\s*[A-Z][\w.'’ -]*)*\.?$"),
    # where the authors were: "Jane Doe reported from Montgomery, Ala., and John Roe from Washington." (NYT)
    re.compile(rf"^{NAME}(?:(?:,\s*|,?\s+and\s+){NAME})*\s+reported\s+from\s+[A-Z].{{0,120}}$"),
    # the same with surnames alone, as AP writes it: "Stevens reported from Bogota, Colombia."
    re.compile(rf"^{NAME_WORD}(?:(?:,\s*|,?\s+and\s+){NAME_WORD})*\s+reported\s+from\s+[A-Z][\w.'’ -]*"
               r"(?:,\s*(?:and\s+)?[A-Z][\w.'’ -]*)*\.$"),
    re.compile(r"^(?:follow|email|e-mail|contact|reach|write to)\s+(?:[\w.'’-]+\s+){0,4}(?:on|at|:)\s*\S+.*$", re.IGNORECASE),
    re.compile(r"^(?:twitter|x|email|e-mail|instagram|bluesky|threads|mastodon)\s*:\s*\S+$", re.IGNORECASE),
    re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"),  # the writer's address alone under the story (Yonhap)
]

#: A wire story's contact block at its foot (Bloomberg): "To contact the reporter on this story: Jane Doe in
#: Singapore at jdoe@example.net", "To contact the editors responsible for this story: ..." (group ``who``: whose
#: addresses follow, the story's writers or its editors; ``rest``: any on the same line).
CONTACT_BLOCK = re.compile(r"^to contact the (?P<who>reporters?|writers?|authors?|editors?)\s+(?:on|of|for|"
                           r"responsible for)\s+this (?:story|article|report)\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
#: One address of a contact block: "Jane Doe in Singapore at jdoe@example.net", "John Roe" (a name alone).
CONTACT_ADDRESS = re.compile(rf"^(?P<name>{NAME})(?:\s+in\s+[A-Z][^@]{{0,40}}?)?(?:\s+at\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$")

#: The outlet an author's line names: "Jane Doe is the Guardian's environment correspondent", "... is a reporter for
#: The Texas Tribune", "... covers health at the Boston Globe".
AUTHOR_BLURB_OUTLET = re.compile(
    r"\b(?:is|was|are|were)\s+(?:the\s+|a\s+|an\s+)?(?P<owner>[A-Z][\w&.'’ -]{1,40}?)['’]s\s+[a-z]"
    r"|\b(?:for|at|with)\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})")

#: A live blog entry's writer: "From CNN's Mariko Oi", "From CNN’s Jane Doe and John Roe".
LIVE_ENTRY_BY = re.compile(rf"^From\s+(?:[A-Z][\w.&-]*\s+){{0,3}}[A-Z][\w.&-]*['’]s\s+"
                           rf"(?P<names>{NAME}(?:(?:,\s*|,?\s+and\s+){NAME})*)$")

#: "Reporting by" names (the authors of a wire story), stopping at "in <city>" or ";".
REPORTING_BY = re.compile(r"^\(?(?:additional\s+)?reporting\s+by\s+(?P<names>[^;]+)", re.IGNORECASE)

#: An author blurb: "Jane Doe is a staff writer at The Outlet. Twitter: @jane".
AUTHOR_BLURB = re.compile(
    rf"^(?P<name>{NAME})(?:\s+and\s+(?P<name2>{NAME}))?\s+(?:is|was|are|were|has been|covers)\s+.{{0,160}}?"
    r"\b(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|fellow|producer|analyst|author|"
    r"chief|director|professor|intern|researcher|host|critic|reporting|staff|bureau|desk|covers?)\b"
    # a beat and the outlet: "Sam Roe covers education for the Harlow Courier."
    rf"|^(?P<name3>{NAME})\s+covers\s+[\w ,&'’-]{{1,60}}?\s+for\s+(?:the\s+)?[A-Z]",
)

#: Organizations that appear in bylines but are not authors.
BYLINE_ORGANIZATIONS = re.compile(
    r"^(?:the\s+)?(?:associated press|ap|reuters|afp|agence france-presse|bloomberg|cnn|upi|dpa|xinhua|"
    r"staff(?: writer| reports?)?|staff and wire reports|wire services?|news services?|agencies|wires|"
    # a staff byline with the agencies it drew on: "TOI Staff and Agencies"; a desk's unnamed writer: "Staff Reporter",
    # "Special Correspondent", "Our Bureau" (Indian papers)
    r"[\w\s]*\bstaff and (?:agencies|wires|wire services|news agencies)|(?:our\s+)?staff reporter|"
    r"(?:our\s+)?special correspondent|our (?:correspondent|bureau)|"
    r"[\w\s]*\b(?:staff|bureau|desk|newsroom|(?:reporting|news|press|wire) (?:service|agency|network))|"
    r"special to .+|for .+)$",
    re.IGNORECASE,
)

#: A wire agency written after the author's name without a comma: "By MARI YAMAGUCHI Associated Press", "Jane Doe AP".
BYLINE_TRAILING_AGENCY = re.compile(
    r"\s+(?:the\s+)?(?:associated press|ap|reuters|afp|agence france-presse|bloomberg|upi|dpa|xinhua)$", re.IGNORECASE)

#: Recommendation-widget vendors: "By Taboola" is a widget label, never a byline.
WIDGET_VENDORS = re.compile(r"\b(?:taboola|outbrain|revcontent|zergnet|mgid|nativo|sharethrough)\b", re.IGNORECASE)

#: A live-blog entry stamp: a clock reading alone on a line, perhaps with its zone ("10:42 a.m. ET", "14.05 BST").
LIVE_STAMP_TEXT = r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{1,5})?$"
LIVE_STAMP = re.compile(LIVE_STAMP_TEXT, re.IGNORECASE)

#: A print-edition note, however long: "A version of this article appears in print on March 10, 2023, Section A, Page 14
#: of the New York edition with the headline: ... Order Reprints | Today’s Paper | Subscribe".
PRINT_EDITION_NOTE = re.compile(r"^an? (?:version|earlier version) of this (?:article|story|review|column|report) "
                                r"(?:appears|appeared|was published) in print\b"
                                # "Appeared in the January 8, 2020, print edition as '...'." (The Wall Street Journal)
                                r"|^appeared in the\b.{0,40}\bprint edition\b", re.IGNORECASE)

#: Boilerplate lines (matched against a whole, short line; case-insensitive).
BOILERPLATE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        # section labels and feed markers on a line of their own: "ABSTRACT.", "FULL TEXT.", "LETTERS.", "[Video: ...]"
        r"^(?:abstract|full text|letters?|letters to the editor|opinion|analysis|editorial|commentary|exclusive|"
        r"breaking|breaking news|live|live updates|watch|video|listen|image|images|photo|photos|graphic|audio|gallery|"
        r"sponsored|paid content|"
        r"partner content|news analysis|the latest)\s*[.:]?$",
        r"^\[(?:video|photo|photos|image|audio|graphic|embed|gallery|chart|map|interactive|tweet)\b[^\]]*\]$",
        r"^read (?:the rest|the full (?:story|article|report|interview)|more)(?: here| at .*)?\.?$",
        r"^(?:skip )?advertisement$|^advertising$|^ad$|^story continues below(?: advertisement)?$|^continue reading.*$",
        # the page's links after a print-edition note: "Order Reprints | Today’s Paper | Subscribe"

        r"^order reprints\b.*$",
        r"^(?:trending|trending now|sponsored|sponsored links|sponsored content|sponsored stories|promoted(?: stories)?|"
        r"recommended|recommended for you|you may also like|you might also like|around the web|from our partners|"
        r"most read|most popular|most viewed|popular now|top stories|latest news|editor'?s picks)\b.*$",
        r"^(?:related|related articles|related stories|related coverage|related content|read more|read also|"
        r"more coverage|more stories|see also|also read|further reading|more on this story|"
        r"explore more on these topics)\b\s*[:|–—-]?.*$",
        r"^more from\b.*$",
        r"^(?:sign up|subscribe|get|receive|join)\b.*\b(?:newsletter|briefing|updates|alerts|inbox|digest)\b.*$",
        r"^.*\bnewsletter\b.*\b(?:sign up|subscribe)\b.*$",
        r"^(?:got|have) a (?:news |confidential )?tip\b.*$|^send (?:us )?(?:a )?tips?\b.*$|^tips\?.*$",
        # a terminal's or app's promotion and its button: "Before it’s here, it’s on the Bloomberg Terminal", "LEARN MORE"
        r"^before it[’']s here, it[’']s on the\b.{0,40}$|^learn more$",
        # an agency's note on what an update changed: "(Updates with economist comment in fifth paragraph.)"
        r"^\((?:updates|adds|recasts|corrects|rewrites|changes|refiles|removes|inserts|fixes)\b[^()]{0,160}\)$",
        # the story's tags: "FILED UNDER: Congress, Mike Johnson", "Topics: ..."
        r"^(?:filed under|topics|tags|more on)\s*:.{0,200}$",
        r"^go deeper\b.*$|^read it at\b.*$|^the big picture\b\s*:?$|^why it matters\s*:?$",
        r"^this (?:article|story|piece|post) (?:was )?(?:originally |first )?(?:appeared|published|ran)\b.*$",
        # a partnership note: "This article was produced for ProPublica's ... in partnership with ..."
        r"^this (?:article|story|piece|report) (?:was|is) (?:produced|co-?published|reported|published) "
        r"(?:for|by|with|in partnership with|as part of)\b.*$",
        r"^(?:originally|first) (?:published|appeared)\b.*$",
        # notes to the reader about the story itself: "Editor's note: This story has been updated to ..."
        r"^(?:editor'?’?s note|editors'?’? note|correction|clarification|update)\s*:\s*(?:this|an earlier|a previous|"
        r"an? (?:earlier|previous) version of this) ?(?:version of this )?(?:story|article|report|piece|post)\b.*$",
        r"^an? (?:earlier|previous) version of this (?:story|article|report|piece|post)\b.*$|^correction appended\.?$",
        r"^this (?:is a )?(?:developing|breaking)(?: news)? (?:story|news|report)\b.{0,80}$",
        # live-blog entry stamps: a clock alone on a line ("10:42 a.m. ET", "14:05 GMT")
        LIVE_STAMP_TEXT,
        r"^(?:supported by|share full article|give this article|gift this article|save article|"
        r"share|share this|share this (?:story|article)|share (?:this (?:story |article )?)?on \w+|tweet|email|print|comments?|view comments|"
        r"show comments|leave a comment|skip to (?:main )?content|listen to (?:this )?article.*|"
        r"click here\b.*|watch\s*:.*|listen\s*:.*|play video.*|follow us\b.*)$",
        # a page's notes and buttons around the story: "This article is more than 4 years old", "Reuse this content",
        # "Save", a related link's "Published" / "3 days ago"
        r"^this (?:article|story|piece) is more than (?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten) "
        r"(?:years?|months?) old$",
        r"^(?:reuse this content|save|saved|published|bookmark|add to (?:my )?(?:list|saved)|follow (?:topic|this topic)|"
        r"link copied!?|ad feedback|save articles? to read later\b.*|purchase licensing rights\b.*)$",
        r"^(?:updated|published|posted)?\s*(?:\d{1,2}|an?) (?:mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?) ago$",
        r"^\d{1,2}\s?(?:h|hr|hrs|m|min|mins|d)\s+ago$",  # a live blog's "2h ago"
        r"^key (?:events|moments|updates|developments)$",
        r"^(?:\d{1,2}|an?) (?:mins?|minutes?|hrs?|hours?|days?|weeks?|months?) ago$",
        # reading and listening widgets: "6 min", "4-Minute Listen", "Heard on Morning Edition", "Playlist",
        # "Gift Article", "Comment on this story", "Add to your saved stories"
        r"^\d{1,2}\s*min(?:ute)?s?$|^\d{1,2}[- ]min(?:ute)?s?\s+listen$|^heard on\s+[\w ’'&-]{2,40}$|^playlist$|"
        r"^gift (?:this )?article$|^comment on this (?:story|article)$|^add to your saved stories$",
        # an author's follow button (Newsweek) and a share menu's labels (the Los Angeles Times: "Share via", "Close
        # extra sharing options", "Copy Link URL Copied!")
        r"^(?:follow|following|unfollow)$|^share via$|^close extra sharing options$|^copy link url(?: copied!?)?$",
        # a page's switch to its other language edition: "Leer en español" (AP), "Read in English", "Lire en français"
        r"^(?:leer en español|read (?:this )?in english|lire en français|auf deutsch lesen)$",
        # a video player's caption copied with the page: "Fox News Flash top headlines are here. Check out ..."
        r"^.{0,60}\btop headlines are here\b.*$",
        # pointers to more coverage and an agency's funding note: "Follow AP’s coverage of X at https://...",
        # "The Associated Press receives support from several private foundations. ..."
        r"^(?:follow|find|see|read|for)\b.{0,80}\bcoverage\b.{0,80}\b(?:at|on|:)\s+(?:https?://)?\S+\.\S+$",
        r"^https?://\S+$",
        r"^the associated press receives (?:financial )?support\b.*$",
        # a blog's share and like widgets, embeds and photo toggles: "Click to share on Facebook (Opens in new window)",
        # "Share this:", "Loading...", "View this post on Instagram", "A post shared by ...", "toggle caption"
        r"^(?:click to (?:share|email|print)\b.*|share this:?|like this:?|loading\s*(?:\.{0,3}|…)|"
        r"\(?opens in (?:a )?new (?:window|tab)\)?|posted in\s+[\w ,&'’-]{2,60}|"
        r"view this post on (?:instagram|x|twitter|tiktok|facebook|threads|youtube)|a post shared by\b.*|"
        r"embedded (?:video|content|tweet|post)|enlarge this image|toggle caption|hide caption|expand caption|"
        r"advertisement\s*[-–—:]\s*(?:continue reading|story continues) below|please enable javascript\b.*)$",
        # an opinion page's disclaimer: "The views expressed in this article are the author's own ..."
        r"^(?:the\s+)?(?:views|opinions)\s+expressed\s+(?:in\s+this\s+(?:article|piece|column|commentary|op-ed)\s+|here\s+)?"
        r"(?:are|is)\s+(?:those\s+of\s+the\s+author|(?:the\s+)?(?:author|writer)['’]?s?\s+own|solely)\b.*$",
        # a rule between the story and its credits, or between its sections: "___", "* * *", "----", and the lone "_"
        # or "—" older AP copy sets between items
        r"^(?:[_*~=•·—–-]\s*)+$",
        # a share bar copied line by line: "Copy Link copied", "Facebook", "X", "Reddit", "Flipboard"
        r"^(?:copy(?: the)? link(?: copied)?|link copied|copied|facebook|x|twitter|reddit|linkedin|pinterest|flipboard|"
        r"whatsapp|telegram|messenger|bluesky|threads|tumblr|pocket|sms|text)$",
        r"^(?:©|\(c\)|copyright\b).*$|^.*\ball rights reserved\.?$",
        r"^(?:by\s+)?(?:taboola|outbrain|revcontent|zergnet|mgid)$",
        r"^.*\b(?:taboola|outbrain|revcontent|zergnet)\b.*$",
        r"^(?:we|our journalism|support our journalism|support (?:independent|quality) journalism)\b.*\b(?:subscrib|donat|support)\w*\b.*$",
        r"^(?:image|photo|video|graphic|gallery)\s*\d*\s*(?:of|/)\s*\d+$",
        # reading-time labels and trust-policy links: "4 minute read", "5 min read", "Our Standards: ..."
        r"^(?:about\s+)?\d+\s*-?\s*min(?:ute)?s?\.?\s+read(?:ing time)?$|^reading time\s*:?\s*\d+\s*min(?:ute)?s?\.?$",
        r"^our standards\s*:.*$|^why you can trust\b.{0,40}$",
        # a call for readers' stories or tips closing a story: "Do you have a story about X? Contact Jane Doe at ..."
        r"^(?:do you have|have you|did you)\b[^?]{0,120}\?\s*(?:contact|email|e-mail|reach|write to|call|text|message|"
        r"get in touch|send|tell us|share)\b.{0,160}$",
        # share prompts and a source line closing a story: "Share or comment on this article:", "Source: Agencies"
        r"^(?:share|comment)\b.{0,30}\b(?:this|the) (?:article|story|post)\s*:?$",
        r"^sources?\s*:\s*[\w ,&'’.-]{1,60}$",
        # an agency desk's sign-off, editors' initials in lowercase: "burs-as/jm" (AFP), "jm/it"
        # and with the agencies the story drew on: "ab/rc (Reuters, dpa, AFP)" (Deutsche Welle)
        r"^(?-i:(?:[a-z]{2,6}[-/]){1,4}[a-z]{2,6})(?:\s*\([A-Za-z][\w ,&.'’-]{1,80}\))?$",
        # an agency's end mark ("==Kyodo") and a press release's ("###", "-30-", "- END -")
        r"^=+\s*[A-Za-z]{2,20}\s*=*$|^#{3}$|^-\s*30\s*-$|^-*\s*end\s*-*$",
        r"^for immediate release\.?$|^media contacts?\s*:?$|^press contacts?\s*:?$|^source\s*:?$",
        # a page's account buttons copied on one line: "Subscribe Sign In", "Log in | Register"
        r"^(?:(?:subscribe|sign in|sign up|log ?in|log out|register|my account|account)\s*[|/·•]?\s*){1,4}$",
        # the desk editor's name under a wire story: "Editor: huaxia" (Xinhua), "Edited by: Jane Doe"
        r"^(?:editor|editors|edited by|web editor|sub-editor)\s*:\s*[\w ,.&'’-]{1,60}$",
        # an end mark: "(END)" (Yonhap, Kyodo)
        r"^\(end\)$|^[■◼▪□◆♦]$",
        # an agency's note to editors: "(ATTN: UPDATES with details in paras 3-5)" (Yonhap)
        r"^\(attn\s*:[^()]{1,160}\)$",
        # a newsletter platform's labels and prompts: "∙ Paid", like and comment counts alone on a line ("12"),
        # "Thanks for reading X! Subscribe for free ...", "Leave a comment"; a page's "Back to top"
        r"^[∙·•]?\s*(?:paid|free|preview|subscriber[- ]only|members[- ]only)$|^\d{1,6}$",
        r"^thanks for reading\b.{0,80}\b(?:subscribe|sign up)\b.*$|^leave a comment$|^back to top$",
        # mastheads' slogans copied with the page (they read like a headline above the real one)
        # an amendment note under the story: "This article was amended on 6 March 2024 to add a response from X."
        r"^this (?:article|story|piece|report) (?:was|has been) (?:amended|updated|corrected|changed|edited)\b.{0,200}$",
        r"^(?:democracy dies in darkness|all the news that'?’?s fit to print|journalism for the people|"
        r"without fear or favou?r|news you can trust|the world'?’?s news leader)\.?$",
    )
]

#: The story's topic links separated by slashes: "Supreme Court of India / education / Uttar Pradesh" (boilerplate,
#: unless the line is a page's stamp set out the same way: "Updated on: March 1, 2024 / 11:52 PM EST / CBS News").
TOPIC_LINKS = re.compile(r"^[^./|]{1,40}(?:\s/\s[^./|]{1,40}){2,}$")

#: A press release's closing sections: the contacts' header, and the "About <organization>" header above it; from there
#: to the end, the release is furniture.
CONTACT_HEADER = re.compile(r"^(?:media|press|news media|investor|for more information,?)\s+(?:contacts?|inquiries|enquiries)"
                            r"\s*:?.{0,80}$|^contacts?\s*:\s*$", re.IGNORECASE)
ABOUT_HEADER = re.compile(r"^About (?:the )?[A-Z][\w&.,'’ -]{1,60}:?$")

#: A widget header: the short lines after it are links (headlines of other stories), also boilerplate.
WIDGET_HEADER = re.compile(
    r"^(?:trending(?: now)?|related(?: articles| stories| coverage| content)?|recommended(?: for you)?|"
    r"more from\b.*|more (?:stories|coverage)\b.*|most (?:read|popular|viewed)|read more|you may also like|"
    r"you might also like|around the web|from our partners|popular now|top stories|latest news|editor'?s picks|"
    r"also read|read also|see also|explore more on these topics|more on this story|related topics|"
    r"key (?:events|moments|updates|developments)|"
    r"sponsored(?: links| stories| content)?)\b.*$",
    re.IGNORECASE,
)

#: News agencies that print their name after a dateline's date without parentheses ("TOKYO, March 9 Kyodo -").
BARE_AGENCIES = ("Kyodo", "Xinhua", "Yonhap", "PTI", "IANS", "ANI", "UNI", "Bernama", "KUNA", "WAM", "APP", "TASS",
                 "Interfax", "Anadolu", "IRNA", "Antara", "PNA", "SPA", "MENA", "AFP", "Reuters", "AP", "dpa")

#: A dateline at the start of the first paragraph: "WASHINGTON —", "BAGHDAD (Reuters) -", "(WASHINGTON) —",
#: "NEW YORK, Jan. 6 (Reuters) -", "KYIV, Ukraine (AP) —".
DATELINE = re.compile(
    r"^(?P<dateline>\(?[A-Z][A-Z.'’ -]{1,40}[A-Z.]\)?"
    r"(?:,\s*[A-Z][A-Za-z.'’ ]{1,30}?)?"
    r"(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    # the agency: in parentheses "(Reuters)", between slashes as press-release wires print it "/PRNewswire/", or an
    # agency's name alone after the date, as Kyodo and some national agencies do ("TOKYO, March 9 Kyodo -")
    r"(?:\s*\([A-Za-z&. ]{2,30}\)|\s*/[A-Za-z][A-Za-z&. -]{1,30}/|\s+(?-i:" + "|".join(BARE_AGENCIES) + r"))?"
    r"\s*[—–-]{1,2}\s+)(?=\S)"
)
#: Agencies and networks whose name in parentheses makes a dateline: "(Reuters)", "(CNN)".
_AGENCY_IN_PARENS = r"\((?:CNN|CNN Business|AP|AFP|Reuters|UPI|Bloomberg|dpa|Xinhua|BBC|NBC News|CBS News|ABC News)\)"
#: A dateline with the agency in parentheses and no dash: "Washington (CNN)", "BEIRUT (AP)".
DATELINE_AGENCY = re.compile(
    r"^(?P<dateline>[A-Z][A-Za-z.'’ -]{1,40}?(?:,\s*[A-Z][A-Za-z.'’ ]{1,30}?)?\s*"
    + _AGENCY_IN_PARENS + r"\s*[—–-]{0,2}\s+)(?=\S)"
)
#: Datelines in other shapes: a city in capitals with a colon, as South Asian outlets write it ("NEW DELHI:"); a
#: city in title case with its region or date before the dash ("Gaza City, Gaza Strip —", "Brussels, 4 March 2021 –")
#: (a title-case word alone before a dash is too often a name in a sentence: "Biden — who ..."); an agency alone in
#: parentheses ("(CNN) —").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_TITLE_PLACE = r"[A-Z][a-z’'.-]+(?: [A-Z][a-z’'.-]+){0,2}"
DATELINE_COLON = re.compile(
    r"^(?P<dateline>(?!(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|ANALYSIS|OPINION|EDITOR'S NOTE|CORRECTION|NOTE|"
    r"WARNING|LIVE|VIDEO|PHOTOS|READ MORE|ALSO READ|Q|A)\s*:)"
    r"[A-Z][A-Z.'’ -]{1,30}[A-Z.](?:,\s*[A-Z][A-Za-z.'’ ]{1,30}?)?:\s+)(?=[A-Z“\"‘])"
)
DATELINE_TITLE = re.compile(
    rf"^(?P<dateline>{_TITLE_PLACE}(?:,\s*{_TITLE_PLACE})?"
    rf"(?:,\s*(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)"
    rf"|,\s*{_TITLE_PLACE})"
    r"\s*(?:\([A-Za-z&. ]{2,30}\)\s*)?[—–-]{1,2}\s+)(?=\S)"
)
DATELINE_AGENCY_ONLY = re.compile(
    # or the network's name without parentheses, as its web page prints it: "CNN — Thousands of residents ..."
    r"^(?P<dateline>(?:" + _AGENCY_IN_PARENS + r"\s*[—–-]{0,2}|(?:CNN|CNN Business|CNN Politics)\s+[—–])\s+)(?=\S)"
)
#: A date and the agency, without a city, as wire stories filed from several places begin: "March 5 (Reuters) -".
DATELINE_DATE_AGENCY = re.compile(
    rf"^(?P<dateline>{_MONTH}\s+\d{{1,2}}\s*" + _AGENCY_IN_PARENS + r"\s*[—–-]{1,2}\s+)(?=\S)"
)
#: South Asian agencies' datelines: the country in brackets, the date, the agency in parentheses, then a colon or
#: nothing: "Islamabad [Pakistan], January 6 (ANI):", "MUMBAI (PTI):", "New Delhi, Jan 6 (PTI)".
DATELINE_AGENCY_COLON = re.compile(
    rf"^(?P<dateline>[A-Z][A-Za-z.'’ -]{{1,40}}?(?:\s*\[[A-Z][A-Za-z .'’-]{{1,30}}\])?"
    rf"(?:,\s*(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s*\d{{4}})?)?"
    r"\s*\((?:PTI|ANI|IANS|UNI|APP|Bernama|Yonhap|Kyodo|Xinhua|AFP|Reuters|AP|dpa|KUNA|WAM|SPA)\)\s*[:—–-]{0,2}\s+)(?=\S)"
)
#: A dateline closed up to the story by an em dash, as The Wall Street Journal prints it: "WASHINGTON—Iran fired ...",
#: "SAN FRANCISCO, Calif.—The company ..." (not an initialism: "U.S.—Iran talks ...").
DATELINE_CLOSED = re.compile(
    r"^(?P<dateline>(?!(?:[A-Z]\.)+—)[A-Z][A-Z.'’ -]{2,40}[A-Z.](?:,\s*[A-Z][A-Za-z.'’ ]{1,30}?)?—)(?=[A-Z“\"‘])"
)
#: A city alone in title case before a dash, as CBS News and some papers print the dateline: "Washington — The
#: Senate ..." (read as one only when the place tables know the city: "Biden — who ..." is a sentence).
DATELINE_TITLE_CITY = re.compile(rf"^(?P<dateline>(?P<city>{_TITLE_PLACE})\s*[—–]\s+)(?=[A-Z“\"‘])")
#: A city opening a stamp line before a dash: "Madrid - MAY 30, 2024 - 15:12 CEST" (El País in English).
STAMP_CITY = re.compile(rf"^(?P<city>{_TITLE_PLACE})\s+[-—–]\s+\S")
#: Every dateline pattern, tried in order.
DATELINES = [DATELINE, DATELINE_AGENCY, DATELINE_COLON, DATELINE_TITLE, DATELINE_AGENCY_ONLY, DATELINE_DATE_AGENCY,
             DATELINE_AGENCY_COLON, DATELINE_CLOSED]

#: A byline without "By": names only, each perhaps with where they report from: "Jane Doe in Beirut and John Roe in Washington".
BARE_BYLINE = re.compile(
    rf"^{NAME}(?:\s+in\s+[A-Z][\w .'’-]{{1,30}}?)?(?:(?:,\s*|\s+and\s+){NAME}(?:\s+in\s+[A-Z][\w .'’-]{{1,30}}?)?)*$"
)
#: A newsroom role, as a line under a byline ("Contributing columnist") or after the name ("Jane Doe Education
#: correspondent", the Guardian's shape): an optional beat in title case, then lower-case words ending in a role.
BYLINE_ROLE_TEXT = (r"(?:[A-Z][\w&'’-]*\s+){0,3}(?:[a-z][\w&'’-]*\s+){0,3}"
                    r"(?:correspondent|editor|reporter|writer|columnist|critic|contributor|journalist|analyst|producer|"
                    r"commentator|reviewer)")
BYLINE_ROLE = re.compile(rf"^{BYLINE_ROLE_TEXT}$", re.IGNORECASE)
#: A role after the name in a byline, perhaps with its outlet: "By JANE DOE, HEALTH EDITOR FOR THE OUTLET".
BYLINE_ROLE_AT = re.compile(rf"^{BYLINE_ROLE_TEXT}(?:\s+(?:for|at|of)\s+.+)?$", re.IGNORECASE)
NAME_WITH_ROLE = re.compile(
    rf"^(?P<names>{NAME_WORD}(?:\s+(?:{NAME_PARTICLE}\s+)?{NAME_WORD}){{1,3}}?"
    rf"(?:\s+and\s+{NAME_WORD}(?:\s+(?:{NAME_PARTICLE}\s+)?{NAME_WORD}){{1,3}}?)?),?\s+(?-i:{BYLINE_ROLE_TEXT})$")

#: Photo-credit and caption lines labelled the way some outlets print them: "Image source, Getty Images", "Image caption, ...".
IMAGE_SOURCE = re.compile(r"^(?:image|photo|picture|video|media)\s+(?:source|credit)s?\s*[,:]\s*(?P<credit>\S.*)$", re.I)

#: A photo agency's name alone, as a credit on its own line over a caption (the BBC): "PA Media", "EPA-EFE/REX/Shutterstock",
#: "AFP via Getty Images".
PHOTO_AGENCY = re.compile(r"^(?:PA(?: Media| Wire)?|EPA(?:-EFE)?(?:/REX)?(?:/Shutterstock)?|AFP|AP|Reuters|Getty Images|"
                          r"Shutterstock|Alamy|Anadolu(?: Agency)?|Xinhua|Bloomberg|BBC|[A-Z][\w-]*(?: [A-Z][\w-]*)? via Getty Images)$")

#: A photo credit at the end of a caption line: "Alex Wong/Getty Images", "(AP Photo/Hadi Mizban)",
#: "REUTERS/Thaier al-Sudani", "(Photo by Chip Somodevilla/Getty Images)", "Photo: Jane Doe for The Outlet".
#: Name words are separated by one space only: a hyphen is already part of a word (``Abdul-Zahra``), and letting it
#: separate words too made the match ambiguous, so a line like "A-A-A-…" backtracked for minutes. Words are at most
#: 41 characters, so one very long "word" costs linear time, not quadratic.
CREDIT_AT_END = re.compile(
    r"(?:(?<=[.!?”\"’)])|(?<=[.!?”\"’)]\s)|^)\s*(?P<credit>"
    r"\((?:[^()]*?(?:Photo|Photograph|Image|Picture|Credit|Getty|Reuters|AFP|AP|EPA|Pool|Shutterstock)[^()]*)\)"
    # a photographer and the outlet, in parentheses: "(Jane Doe/For The Outlet)", "(Jane Doe/The Outlet)"
    r"|\((?:[A-Z][\w.'’-]{0,40} ?){1,4}/ ?(?:[A-Z][\w&.'’-]{0,40} ?){1,6}\)"
    # the outlet and the photographer, after a colon: "(ABC News: Jane Doe)", "(Supplied: Jane Doe)"
    r"|\((?!(?:Source|Sources|Reporting|Editing|Writing|Note|Update|Updated|Correction|Watch|Read|Video|Listen|Related)"
    r"\b)(?:[A-Z][\w&.'’-]{0,40} ?){1,4}: ?(?:[A-Z][\w.'’-]{0,40} ?){1,4}\)"
    r"|(?:Photo(?:graph)?|Image|Picture|Credit|Photo credit)s?(?:\s+by|\s*:)\s+[^.]{2,80}"
    r"|Credit(?:\.{2,3}|…)\s*[^.]{2,80}"
    r"|(?:[A-Z][\w'’-]{0,40}|[A-Z][\w.]{0,3}\.)(?: (?:(?:de|da|al|el|van|von|bin|der|la|le|du) )?(?:[A-Z][\w'’-]{0,40}|[A-Z][\w.]{0,3}\.)){0,3}"
    r"\s*/\s*(?:[A-Z][\w&'’-]{0,40}|[A-Z][\w.]{0,3}\.)"
    r"(?: (?:(?:de|da|al|el|van|von|bin|der|la|le|du)[ -])?(?:[A-Z][\w&'’-]{0,40}|[A-Z][\w.]{0,3}\.|(?:al|el)-[A-Z][\w'’-]{0,40})){0,4}"
    # a third part: "REUTERS/Annegret Hilse/File Photo", "Jason Connolly/AFP/Getty Images"
    r"(?:/(?:[A-Z][\w&'’-]{0,40})(?: [A-Z][\w&'’-]{0,40}){0,2})?"
    r"(?:\s+via\s+[A-Z][\w ]{1,40})?"
    r"|(?:Getty Images|Shutterstock|Reuters|AFP|Associated Press|AP Photo|EPA|Bloomberg|Xinhua)(?:\s+via\s+[A-Z][\w ]{1,40})?"
    r")\s*$"
)

#: A photographer and agency in square brackets closing a caption, as Al Jazeera prints them: "[Amos Gumulira/AFP]",
#: "[File: Jane Doe/Reuters]".
CREDIT_IN_BRACKETS = re.compile(r"\s(?P<credit>\[(?:File: ?)?[A-Z][^\[\]/]{1,60}/ ?[A-Z][^\[\]]{1,60}\])$")

#: Signs that a short line after the headline is the first paragraph (a lede), not a dek: a full sentence that
#: attributes ("said", "according to"), dates itself ("on Monday", "yesterday"), speaks in the first or second person,
#: or asks a question. Deks are written in headline style and rarely do.
LEDE_SIGNS = re.compile(
    r"\b(?:said|according to|(?:on|last|this) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day (?:morning|afternoon|evening|night)|yesterday|today|tonight|"
    r"I|I'm|I’m|I've|I’ve|me|my|we|our|us|you|your)\b|\?",
)

#: A caption's label alone on a line, the caption on the next (the BBC's page as copied: "Image caption," / "The NHS ...").
CAPTION_LABEL_ALONE = re.compile(r"^(?:(?:(?:image|media|photo)\s+)?caption\s*[,:]?|(?:image|photo|picture|pictured)\s*[,:])$",
                                 re.IGNORECASE)
#: A line that is a caption by its label: "Photo: ...", "Caption: ...", "Pictured: ...".
CAPTION_LABEL = re.compile(r"^(?:(?:photo|caption|pictured|image|above|top|left|right)\s*:|(?:image|media|photo)\s+caption\s*[,:])\s*\S",
                           re.IGNORECASE)

#: A wire's version tag before a headline: "(LEAD)", "(2nd LD)", "(URGENT)" (Yonhap), "UPDATE 2-", "REFILE-" (Reuters);
#: the headline is read without it (the layout keeps the line as printed).
HEADLINE_VERSION_TAG = re.compile(r"^(?:\((?:LEAD|URGENT|\d+(?:st|nd|rd|th)\s+LD|LD)\)\s*|(?:UPDATE\s*\d*|REFILE|CORRECTED|"
                                  r"RPT|REPEAT)\s*-\s*(?=[A-Z0-9\"“‘'])"
                                  # a section's label before a bar: "Opinion | ...", "Analysis | ..." (The Washington
                                  # Post, The New York Times' opinion pages)
                                  r"|(?:Opinion|Analysis|Perspective|Commentary|Editorial|Review|Explainer|Fact check|"
                                  r"Live|Exclusive|Obituary|Letters?)\s*\|\s+(?=\S))", re.IGNORECASE)
#: A publication timestamp line near the top: "Published March 4, 2021 at 5:06 p.m.", "Updated 6:43 PM ET, Thu March 4, 2021",
#: "March 4, 2021", "Mar. 4, 2021, 5:06 PM EST".
TIMESTAMP_LINE = re.compile(
    # a credit before a bar or slash: "TNN | Updated: ...", "TIMESOFINDIA.COM / Updated"; the place before a dash,
    # as El País prints its stamp: "Madrid - MAY 30, 2024 - 15:12 CEST"
    r"^(?:[\w .&'’-]{1,40}?(?:\s*[|/]\s*|\s+[-—–]\s+))?"
    r"(?:(?:published|updated|posted|issued|modified|last updated|last modified|first published|originally published)"
    r"\s*(?:on|at)?\s*[:-]?\s*)?"
    r"(?:[\w:.,\s+]{0,24}\b)?"  # (a clock before the date, its offset too: "7:51 PM GMT+3, January 5, 2020", AP)
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?)\s+\d{4}"
    # the clock after it, perhaps with the first publication's: "— 6.52pm, first published at 5.00am" (Nine's papers)
    r"[\w:.,\s/|·•—–&+()-]{0,45}$",  # (and the clock's city: "at 3:22 pm (Paris), updated at 5:10 pm", Le Monde)  # (or the section after a dash: "Jan 9, 2024 - Politics & Policy", Axios)
    re.IGNORECASE,
)
#: Words a timestamp line is made of besides its date and clock ("Published on ... at ...", "Last updated", "local
#: time"); a line with two other lowercase words, not opening with one of these, a month, a weekday or a figure, is a
#: sentence of the story that holds a date.
STAMP_WORDS = frozenset({"published", "updated", "posted", "last", "first", "originally", "modified", "on", "at", "by",
                         "am", "pm", "a.m", "p.m", "local", "time", "and", "the", "of", "edition", "print", "online",
                         "uk", "us", "est", "edt", "gmt", "ist", "bst", "utc", "et", "issued"})
STAMP_OPENERS = frozenset({"published", "updated", "posted", "last", "first", "originally", "modified", "issued"})
#: A stamp's label opening its line, as a stamp printed under the story has one: "Published on Tue 5 Mar 2024".
STAMP_OPENER = re.compile(r"^(?:first |originally |last )?(?:published|updated|posted|modified)\b", re.IGNORECASE)
#: A stamp's label alone on its line, its date on the next (France 24: "Issued on:" / "06/01/2020 - 18:35").
STAMP_LABEL_ALONE = re.compile(r"^(?:first |originally |last )?(?:published|updated|posted|modified|issued)(?:\s+on)?\s*:?$",
                               re.IGNORECASE)
#: A second stamp closed up to the first as a page copies: "Issued on: 06/01/2020 - 18:35Modified: 06/01/2020 - 20:01",
#: "January 5, 2020 10:35 PM GMT+3Updated 4 years ago" (Reuters) (split before the label).
STAMP_GLUED_LABEL = re.compile(r"(?<=\d)(?=(?:[Ll]ast\s+)?(?:Modified|Updated)\b|(?:last\s+)?(?:modified|updated)(?:\s+on)?\s*:)"
                               r"|(?<=\d)\s*[•·]\s*(?=(?:[Ll]ast\s+)?(?:Modified|Updated)\b)")  # (Euronews: "...15:22•Updated ...")
STAMP_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: A stamp that gives only the clock, under a dated one: "Updated 7:41 p.m. ET", "Published 10:02 GMT".
CLOCK_STAMP_LINE = re.compile(r"^(?:published|updated|posted|last updated|modified|today|yesterday)\s*(?:on|at|,)?\s*:?\s*"
                              r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{1,5}|[+-]\d{2}:?\d{2})?$", re.IGNORECASE)
#: Where the story was reported from, on a line of its own under the byline (The New York Times): "Reporting from
#: Washington", "Reporting from Kyiv, Ukraine". Read as the dateline.
REPORTING_FROM = re.compile(r"^(?:[Rr]eporting|[Rr]eported) from\s+(?P<place>[A-Z][\w.'’ -]*(?:,\s*(?:and\s+)?[A-Z][\w.'’ -]*){0,3})$")
#: Between stamps printed side by side: a bar, or a comma or semicolon before the update ("Posted Tue 3 Mar 2020 at
#: 5:42am, updated Tue 3 Mar 2020 at 9:10am").
STAMP_SEPARATOR = re.compile(r"\s*\|\s*|(?:[,;]\s*|\s+/\s+)(?=(?:last\s+)?(?:updated|modified)\b)", re.IGNORECASE)
#: A newspaper section's name as a kicker above the headline ("Politics", "UK news", "News|Elections", "World › Asia").
SECTION_KICKER = re.compile(
    r"^(?:(?:news|politics|world|us|u\.s\.|uk|national|local|metro|business|economy|economics|markets|money|finance|tech|"
    r"congress|white house|defense|energy|policy|wealth|deals|industries|crypto|real estate|technology|science|health|climate|environment|education|opinion|sport|sports|culture|arts|entertainment|"
    r"lifestyle|travel|investigations?|elections?|europe|asia|africa|americas|middle east|australia|india|china|"
    r"world news|uk news|us news|us politics|uk politics)(?:\s+news)?\s*(?:[|/›»>]\s*|$))+$",
    re.IGNORECASE,
)
#: A place in capitals beside a stamp: "WASHINGTON, DC", "BERLIN".
STAMP_PLACE = re.compile(r"^(?-i:[A-Z][A-Z.'’ -]{1,30}[A-Z.](?:,\s*[A-Z][A-Za-z.]{1,15})?)$")
#: A timestamp written in numbers, US month first: "03/04/2021 07:48 PM EST", "3/4/2021 7:48 p.m.", "03/04/21 07:48 PM ET".
NUMERIC_TIMESTAMP_LINE = re.compile(r"^(?:(?:published|updated|posted|issued|modified)\s*(?:on|at)?\s*:?\s*)?\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?\b[\w:.,\s|-]{0,24}$",
                                    re.IGNORECASE)
#: A date with its label, wherever the page prints it (Deutsche Welle puts it under the story): "Date 07.11.2024",
#: "Date: 7.11.2024 14:05".
LABELLED_DATE_LINE = re.compile(r"^date\s*:?\s*\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,5})?)?$",
                                re.IGNORECASE)
#: A day-first date with dots, perhaps with its update, as Anadolu prints it beside the name: "12.03.2024 - Update :
#: 12.03.2024", "Published 07.11.2024 14:30".
DOTTED_TIMESTAMP_LINE = re.compile(
    r"^(?:(?:published|updated|update|posted)\s*:?\s*)?\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,5})?)?"
    r"(?:\s*[-–|]\s*(?:last\s+)?(?:update|updated)\s*:?\s*\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s+\d{1,2}[:.]\d{2})?)?$", re.IGNORECASE)
#: A news database's export (LexisNexis, Nexis Uni): its document is marked by a word count ("Length: 412 words"),
#: a load date or an end line; its labelled fields are furniture, but for "Byline:" and "Dateline:".
DATABASE_EXPORT_MARK = re.compile(r"^(?:Length:\s*[\d,]+\s+words|Load-Date:\s*\S.*|End of Document)$")
DATABASE_FIELD = re.compile(
    r"^(?:Section|Length|Load-Date|Language|Publication-Type|Document-Type|Subject|Organization|Company|Geographic|"
    r"Person|Industry|Ticker|Classification|Highlight|Journal-Code|Edition|Correction-Date|Notes|Graphic|Series|"
    r"Distribution|Acc-No|Type|Copyright|Source|Pub-Date|Update)\s*:\s*\S.*$")
DATABASE_MARKER = re.compile(r"^(?:Body|End of Document|Classification|Bibliography)$")
DATABASE_DATELINE = re.compile(r"^Dateline:\s*(?P<place>\S.*)$")
#: A print edition's name on its own line: "Regional Edition", "Late Edition - Final", "FINAL EDITION".
EDITION_LINE = re.compile(r"^(?:[\w]+\s+){0,2}edition(?:\s*[-–;,]\s*[\w ]{1,20})?$", re.IGNORECASE)
#: The heading of a writer's or editor's appeal to the reader under the story, which runs to the end of the page: "Note
#: from the author:", "A note from our editors".
READER_APPEAL_HEADER = re.compile(r"^(?:an?\s+)?note from (?:the|our) (?:author|editors?|newsroom|team)\s*:?$", re.IGNORECASE)
ISO_TIMESTAMP_LINE = re.compile(r"^(?:published|updated|posted)?\s*:?\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:\s?(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT))?)?$", re.IGNORECASE)

#: Time-zone abbreviations printed on timestamp lines ("5:06 PM EST", "17.06 GMT") and the IANA zone whose wall clock
#: they read. The zone, not a fixed offset, so "ET" is right in summer and winter. Ambiguous ones ("IST": India, Ireland
#: or Israel; "CST": also China) are read the way English-language outlets most often print them (IST: India's
#: outlets, far the most numerous to print it), or left out (AST: Arabia or Atlantic): an unlisted abbreviation leaves
#: the line's clock in the article's own time zone. Add or change entries to taste.
TIMEZONE_ABBREVIATIONS = {
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
    "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "AKST": "America/Anchorage", "AKDT": "America/Anchorage", "HST": "Pacific/Honolulu",
    "GMT": "UTC", "UTC": "UTC", "Z": "UTC", "BST": "Europe/London",
    "CET": "Europe/Berlin", "CEST": "Europe/Berlin", "EET": "Europe/Athens", "EEST": "Europe/Athens",
    "MSK": "Europe/Moscow", "JST": "Asia/Tokyo", "KST": "Asia/Seoul", "HKT": "Asia/Hong_Kong", "SGT": "Asia/Singapore",
    "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland",
    "IST": "Asia/Kolkata", "PKT": "Asia/Karachi", "GST": "Asia/Dubai", "PHT": "Asia/Manila", "WIB": "Asia/Jakarta",
    "SAST": "Africa/Johannesburg", "WAT": "Africa/Lagos", "EAT": "Africa/Nairobi", "CAT": "Africa/Maputo",
}

#: Words a page's stamp prints after its clock that name a country's clock, not a zone ("19:05, UK", Sky News); read
#: on stamps only, kept out of TIMEZONE_ABBREVIATIONS, which the extractors read as zones in running text.
STAMP_ZONE_WORDS = {"UK": "Europe/London"}

#: The parts of a timestamp line: a date written "Mar. 4, 2021" / "4 March 2021" / "2021-03-04", a clock reading
#: "5:06 p.m." / "17.06" / "5 PM", and a zone abbreviation or UTC offset.
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
TIMESTAMP_DATE = re.compile(
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(?P<year2>\d{4})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|(?P<m3>\d{1,2})/(?P<d3>\d{1,2})/(?P<y3>\d{4}|\d{2})\b"
    # day first with dots, as European outlets write it: "07.11.2024"
    r"|(?<![\d.])(?P<d4>\d{1,2})\.(?P<m4>\d{1,2})\.(?P<y4>\d{4})\b",
    re.IGNORECASE,
)
TIMESTAMP_CLOCK = re.compile(
    r"(?<![\d.:])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?(?::\d{2})?\s*(?P<ampm>[ap]\.?\s?m\b\.?)?(?!\d)(?!,\s*\d)"
    r"(?:,?\s*(?P<zone>(?-i:(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?(?!\d))|(?-i:[A-Z]{1,5})\b|[+-]\d{2}:?\d{2}))?",
    re.IGNORECASE,
)

#: A header over a story's summary lines ("Key Points", "Story highlights"): the header is furniture, the short lines
#: under it in the same block are read as the dek.
SUMMARY_HEADER = re.compile(r"^(?:key points|key takeaways|story highlights|highlights|in brief|at a glance|summary|"
                            r"the gist|what you need to know|tl;?dr)\s*:?$", re.IGNORECASE)

#: Social-media handles after an author's name on a byline line: "Jane Doe @JANEDOE @JANEDOE_NEWS".
BYLINE_HANDLES = re.compile(r"(?:\s+@[\w.]+)+$")

#: A bullet-list item: "- ", "• ", "* ", "· ", "– ".
BULLET = re.compile(r"^\s*(?:[-•*·–▪●◦]|\d{1,2}[.)])\s+\S")
BULLET_MARK = re.compile(r"^\s*(?:[-•*·–▪●◦]|\d{1,2}[.)])\s+")

#: Markup that means the "text" file is really an HTML page.
HTML_SIGNS = re.compile(r"<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]|<(?:p|div|span|script|meta|a)\b[^>]*>", re.IGNORECASE)
