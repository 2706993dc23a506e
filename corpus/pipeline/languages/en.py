"""English: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "related", "related articles", "related stories", "related news", "related posts",
        "related content", "related coverage", "read more", "read also", "also read", "see also",
        "more news", "more stories", "more from", "more on this", "more on this topic",
        "recommended", "recommended for you", "you may also like", "you might also like",
        "most read", "most popular", "popular", "trending", "latest news", "top stories",
        "further reading", "don't miss", "also on",
    ),
    "source_markers": (
        "source", "sources", "via", "credit", "credits", "photo", "photos", "image", "images",
        "picture", "editor", "editors", "edited by", "editing", "reporting", "translation",
        "translated by", "text", "author", "written by", "byline",
    ),
    "picture_markers": (
        "photo", "photos", "image", "images", "picture",
    ),
    "source_phrases_no_colon": (
        "reporting by", "additional reporting by", "writing by", "editing by", "edited by",
        "photo by", "photos by", "translated by", "compiled by", "with reporting by",
    ),
    "copyright_phrases": (
        "all rights reserved", "all material on this site",
    ),
    "disclaimer_markers": (
        "disclaimer", 
    ),
    "disclaimer_phrases": (
        "does not necessarily reflect", "are those of the author", "are solely those of",
        "is not investment advice", "does not constitute investment advice",
        "not financial advice", "for informational purposes only", "do not necessarily reflect",
        "do not necessarily represent",
    ),
    "bio_roles": (
        "author", "columnist", "journalist", "reporter", "correspondent", "editor", "contributor",
        "writer", "blogger", "commentator", "fellow at", "writes for",
    ),
    "bio_achievements": (
        "award", "prize", "winner", "laureate", "graduat", "alumn", "bestsell", "has won ",
        "has written ", "has covered ", "has worked ", "ph.d", "phd",
    ),
    "bio_activities": (
        "collaborates with", "contributes to", "writes about", "has written for",
    ),
    "bio_leads": (
        "about the author", "about the writer", "profile",
    ),
    "first_person": (
        "i'm", "i've", "i'd", "my", "we", "our", "us",
    ),
    "navigation_labels": (
        "tag", "keywords", "topics", "tags",
    ),
    "navigation_calls": (
        "share this", "share on", "share article", "share via", "follow us", "subscribe to our",
        "sign up for our", "click here",
    ),
    "ad_markers": (
        "advertisement", "advertisements", "sponsored", "sponsored content",
        "story continues below advertisement", "article continues below advertisement",
        "continue reading below", "ad", "paid content",
    ),
    "newsletter_prompts": (
        "subscribe", "sign up for", "sign up to", "get our newsletter", "newsletter",
        "download our app", "download the app", "get the app", "follow us", "join us on",
        "like us on", "become a member", "support our journalism",
    ),
    "cookie_phrases": (
        "we use cookies", "this site uses cookies", "this website uses cookies", "cookie policy",
        "accept all cookies", "accept cookies", "manage cookies", "cookie settings",
        "by continuing to browse",
    ),
    "comment_prompts": (
        "comments", "comment", "leave a comment", "add a comment", "show comments",
        "view comments", "join the discussion", "reader comments", "responses",
    ),
    "published_labels": (
        "published", "updated", "last updated", "posted", "first published", "published on",
        "updated on",
    ),
    "press_release_marks": (
        "for immediate release", "press release", "news release", "embargoed until",
    ),
    "media_contacts": (
        "media contact", "media contacts", "press contact", "press contacts", "media inquiries",
        "media enquiries", "for more information contact", "contact",
    ),
    "about_leads": (
        "about",
    ),
    "editor_notes": (
        "editor’s note", "editor's note", "correction", "clarification",
        "update",
    ),
    "function_words": (
        "a", "an", "the", "of", "to", "at", "by", "for", "from", "with", "about", "into", "onto",
        "between", "against", "during", "via", "per", "and", "or", "but", "nor", "so", "yet",
        "as", "than", "that", "which", "who", "whom", "whose", "if", "because", "while", "when",
        "where", "whether", "although", "though", "until", "unless", "its", "their", "his", "her",
        "our", "your", "my", "this", "these", "those",
    ),
    "subordinators": (
        "that", "which", "who", "whom", "whose", "because", "while", "when", "where", "whether",
        "although", "though", "since", "until", "unless", "after", "before", "as", "if", "once",
        "whereas", "so",
    ),
    "byline_leads": (
        "by", "written by", "reporting by",
    ),
    "articles": (
        "the", "a", "an", "this", "these", "that", "those", "its", "their", "his", "her", "our",
        "my", "your",
    ),
    "adverbial_openers": (
        "according", "in", "on", "at", "after", "before", "during", "despite", "following",
        "amid", "amidst",
        "since", "under", "with", "without", "for", "from", "by", "as", "while", "when",
        "although", "though", "because", "if", "once", "until", "upon",
    ),
    "complementizers": (
        "that",
    ),
}
