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
}
