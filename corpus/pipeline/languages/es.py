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
        "nota de la redacción", "nota del editor",
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
}
