"""Not tied to one language (platform names, contact words): words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "bio_contacts": (
        "twitter", "x.com", "e-mail", "email", "linkedin", "mastodon", "instagram", "bluesky",
        "threads", "substack", "tiktok", "kontakt", "contact", "contatto", "contacto", "contato",
    ),
}
