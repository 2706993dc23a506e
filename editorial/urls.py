from django.urls import path

from editorial import views

app_name = "editorial"

urlpatterns = [
    path("", views.home, name="home"),
    path("<str:language>/", views.edition_list, name="edition-list"),
    path("<str:language>/articles/<int:article_id>/", views.edition_detail, name="edition-detail"),
]
