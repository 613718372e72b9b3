from django.urls import path

from articles import exports, views

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("claims/", views.ClaimListView.as_view(), name="claim-list"),
    path("claims/export.csv", exports.claims_csv, name="claim-export-csv"),
    path("claims/export.json", exports.claims_json, name="claim-export-json"),
    path("claims/<slug:slug>/", views.ClaimDetailView.as_view(), name="claim-detail"),
    path("articles/", views.ArticleListView.as_view(), name="article-list"),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="article-detail"),
    path("claimants/", views.ClaimantListView.as_view(), name="claimant-list"),
    path("claimants/<slug:slug>/", views.ClaimantDetailView.as_view(), name="claimant-detail"),
    path("figures/", views.FigureListView.as_view(), name="figure-list"),
    path("figures/<slug:slug>/", views.FigureDetailView.as_view(), name="figure-detail"),
]
