"""Spanish: words the cleaning steps look for (see ``languages``)."""

WORDS = {
    "teaser_headings": (
        "más noticias", "noticias relacionadas", "te puede interesar", "te puede gustar",
        "también te puede interesar", "lee también", "leer más", "lea también",
        "artículos relacionados", "lo más leído", "más leídas", "contenido relacionado",
    ),
    "source_markers": (
        "fuente", "fuentes", "redacción", "edición", "editado por", "traducción", "foto", "autor",
    ),
    "picture_markers": (
        "foto",
    ),
    "source_phrases_no_colon": (
        "con información de",
    ),
    "copyright_phrases": (
        "todos los derechos reservados", "prohibida su reproducción",
    ),
    "disclaimer_markers": (
        "aviso legal", "descargo de responsabilidad", "exención de responsabilidad",
        
    ),
    "disclaimer_markers_edge": (
        "aviso",
    ),
    "disclaimer_phrases": (
        "no reflejan necesariamente", "no necesariamente reflejan",
        "no representa necesariamente", "no constituye asesoramiento",
    ),
    "bio_roles": (
        "autora", "columnista", "periodista", "corresponsal", "redactor", "escritor",
        "escribe para", "autor",
    ),
    "bio_achievements": (
        "premio", "galardon", "galardón", "ganador", "licenciad", "graduad", "doctor en",
    ),
    "bio_activities": (
        "colabora con", "colabora en", "escribe sobre",
    ),
    "bio_leads": (
        "sobre el autor", "sobre la autora",
    ),
    "first_person": (
        "yo", "nosotros", "nuestro", "nuestra",
    ),
    "navigation_labels": (
        "palabras clave", "etiquetas", "temas",
    ),
    "navigation_calls": (
        "compartir en", "comparte esta", "haz clic aquí", "síguenos", "suscríbete",
    ),
    "ad_markers": (
        "publicidad", "anuncio", "contenido patrocinado", "patrocinado",
    ),
    "newsletter_prompts": (
        "suscríbete", "regístrate", "recibe nuestro boletín", "síguenos", "descarga nuestra app",
        "suscríbase",
    ),
    "cookie_phrases": (
        "utilizamos cookies", "usamos cookies", "este sitio web utiliza cookies",
        "aceptar cookies", "política de cookies", "configuración de cookies",
    ),
    "comment_prompts": (
        "comentarios", "deja un comentario", "dejar un comentario", "comenta",
    ),
    "published_labels": (
        "publicado", "actualizado", "última actualización", "publicado el",
    ),
    "press_release_marks": (
        "comunicado de prensa", "nota de prensa", "para publicación inmediata",
    ),
    "media_contacts": (
        "contacto de prensa", "contacto para medios", "contactos de prensa",
    ),
    "about_leads": (
        "acerca de", "sobre",
    ),
    "editor_notes": (
        "corrección", "fe de erratas", "aclaración",
    ),
    "function_words": (
        "el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "de", "del", "al", "a", "en",
        "con", "por", "para", "sin", "sobre", "tras", "entre", "hacia", "hasta", "desde", "según",
        "contra", "ante", "bajo", "durante", "y", "e", "o", "u", "ni", "pero", "sino", "que",
        "quien", "cuyo", "cuya", "donde", "cuando", "como", "si", "porque", "aunque", "mientras",
        "su", "sus", "este", "esta", "estos", "estas", "ese", "esa",
    ),
    "subordinators": (
        "que", "quien", "quienes", "cuyo", "cuya", "donde", "cuando", "como", "si", "porque",
        "aunque", "mientras", "pues", "ya", "tras",
    ),
    "byline_leads": (
        "por",
    ),
    "articles": (
        "el", "la", "los", "las", "un", "una", "unos", "unas", "este", "esta", "estos", "estas",
        "su", "sus",
    ),
    "adverbial_openers": (
        "en", "tras", "durante", "después", "antes", "pese", "según", "desde", "ante", "con",
        "sin", "bajo",
    ),
    "complementizers": (
        "que",
    ),
}
