from django.contrib import admin
from django.http import HttpResponse
from django.urls import include, path


def healthz(request):
    """For load balancers and benchmarks: answers without touching the database."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("articles.urls")),
]
