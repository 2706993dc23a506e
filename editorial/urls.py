from django.urls import path

from editorial import feeds, views
from editorial.pagecache import cache_public_page

app_name = "editorial"

urlpatterns = [
    path("", views.home, name="home"),
    path("articles/", views.article_search, name="article-search"),
    path("search/", views.search, name="search"),
    path("<str:language>/", views.edition_list, name="edition-list"),
    path("<str:language>/search/", views.search, name="language-search"),
    path("<str:language>/feed/", cache_public_page(feeds.LanguageFeed()), name="language-feed"),
    path("<str:language>/feed/atom/", cache_public_page(feeds.LanguageAtomFeed()), name="language-feed-atom"),
    path("<str:language>/articles/<int:article_id>/", views.edition_detail, name="edition-detail"),
    path("<str:language>/tags/<str:slug>/", views.tag_detail, name="tag-detail"),
    path("<str:language>/tags/<str:slug>/feed/", cache_public_page(feeds.TagFeed()), name="tag-feed"),
    path("<str:language>/tags/<str:slug>/feed/atom/", cache_public_page(feeds.TagAtomFeed()), name="tag-feed-atom"),
]
