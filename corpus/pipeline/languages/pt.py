"""Portuguese: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "leia também", "leia mais", "veja também", "notícias relacionadas", "mais notícias",
        "artigos relacionados", "saiba mais", "mais lidas", "você também pode gostar",
    ),
    "source_markers": (
        "foto", "autor", "fonte", "edição", "redação", "tradução",
    ),
    "picture_markers": (
        "foto",
    ),
    "copyright_phrases": (
        "todos os direitos reservados",
    ),
    "disclaimer_markers": (
        "isenção de responsabilidade",
    ),
    "disclaimer_phrases": (
        "não refletem necessariamente", "não representam necessariamente",
    ),
    "bio_roles": (
        "autor", "colunista", "jornalista", "repórter", "correspondente", "redator",
        "escreve para",
    ),
    "bio_achievements": (
        "prêmio", "prémio", "vencedor", "premiad",
    ),
    "bio_activities": (
        "colabora com", "escreve sobre",
    ),
    "bio_leads": (
        "sobre o autor", "sobre a autora",
    ),
    "first_person": (
        "eu", "meu", "minha", "nós", "nosso", "nossa",
    ),
    "navigation_labels": (
        "palavras-chave", "tópicos",
    ),
    "navigation_calls": (
        "compartilhe", "siga-nos", "inscreva-se", "clique aqui",
    ),
    "ad_markers": (
        "publicidade", "anúncio", "conteúdo patrocinado", "patrocinado",
    ),
    "newsletter_prompts": (
        "assine", "inscreva-se", "siga-nos", "baixe nosso aplicativo", "receba nossa newsletter",
    ),
    "cookie_phrases": (
        "utilizamos cookies", "usamos cookies", "este site utiliza cookies", "aceitar cookies",
        "política de cookies",
    ),
    "comment_prompts": (
        "comentários", "deixe um comentário", "comente",
    ),
    "published_labels": (
        "publicado", "atualizado", "publicado em", "atualizado em",
    ),
    "press_release_marks": (
        "comunicado de imprensa", "press release",
    ),
    "media_contacts": (
        "contato para imprensa", "assessoria de imprensa", "contacto de imprensa",
    ),
    "about_leads": (
        "sobre",
    ),
    "editor_notes": (
        "nota do editor", "nota da redação", "correção", "errata",
    ),
    "function_words": (
        "o", "a", "os", "as", "um", "uma", "uns", "umas", "de", "do", "da", "dos", "das", "em",
        "no", "na", "nos", "nas", "ao", "aos", "à", "às", "por", "pelo", "pela", "pelos", "pelas",
        "para", "com", "sem", "sobre", "entre", "até", "desde", "contra", "após", "e", "ou",
        "mas", "nem", "que", "quem", "cujo", "onde", "quando", "como", "porque", "embora",
        "enquanto", "seu", "sua", "seus", "suas", "este", "esta", "esse", "essa",
    ),
    "subordinators": (
        "que", "quem", "cujo", "cuja", "onde", "quando", "como", "se", "porque", "embora",
        "enquanto", "pois", "após",
    ),
    "byline_leads": (
        "por",
    ),
    "articles": (
        "o", "a", "os", "as", "um", "uma", "uns", "umas", "este", "esta", "seu", "sua",
    ),
    "adverbial_openers": (
        "em", "após", "durante", "depois", "antes", "apesar", "segundo", "desde", "com", "sem",
        "sob",
    ),
    "complementizers": (
        "que",
    ),
}
