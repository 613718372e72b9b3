"""Public pages. Querysets start from ``Claim.objects.public()``."""

from django.views.generic import DetailView, ListView, TemplateView

from articles.models import Article, Claim, Claimant, TrackedFigure


class HomeView(TemplateView):
    template_name = "articles/home.html"


class ClaimListView(ListView):
    template_name = "articles/claim_list.html"
    queryset = Claim.objects.public()


class ClaimDetailView(DetailView):
    template_name = "articles/claim_detail.html"
    queryset = Claim.objects.public()


class ArticleListView(ListView):
    template_name = "articles/article_list.html"
    model = Article


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    model = Article


class ClaimantListView(ListView):
    template_name = "articles/claimant_list.html"
    model = Claimant


class ClaimantDetailView(DetailView):
    template_name = "articles/claimant_detail.html"
    model = Claimant


class FigureDetailView(DetailView):
    template_name = "articles/figure_detail.html"
    model = TrackedFigure
