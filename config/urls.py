from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from editorial.admin import interchange
from editorial.sitemaps import SITEMAPS, news_sitemap
from editorial.views import robots_txt, shared_version, version_preview

admin.site.site_header = _("Newsdesk")
admin.site.site_title = _("Newsdesk admin")
admin.site.index_title = _("Newsroom")

urlpatterns = [
    # The translators' round trip (editorial/admin/interchange.py), under the
    # article's admin URLs; before admin.site.urls, whose "<id>/" redirect
    # would swallow them.
    path("admin/editorial/article/", include((interchange.urlpatterns, interchange.app_name))),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("robots.txt", robots_txt, name="robots-txt"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("news-sitemap.xml", news_sitemap, name="news-sitemap"),
    path("preview/<int:version_id>/", version_preview, name="version-preview"),
    path("share/<str:token>/", shared_version, name="shared-version"),
    path("", include("editorial.urls")),
]
