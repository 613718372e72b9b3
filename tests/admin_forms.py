"""Reading and posting the editors' admin forms in tests."""

from django import forms
from django.urls import reverse


def admin_url(model_name, view, *args):
    return reverse(f"admin:articles_{model_name}_{view}", args=args)


def form_data(response, **changes):
    """The POST data of an admin form page as the browser would send it, with ``changes``."""
    data = {}

    def add(bound):
        value = bound.value()
        if isinstance(bound.field, forms.BooleanField):
            if value:
                data[bound.html_name] = "on"
        elif isinstance(value, list | tuple):
            data[bound.html_name] = [str(item) for item in value]
        elif value is not None:
            data[bound.html_name] = str(value)

    for bound in response.context["adminform"].form:
        add(bound)
    for inline in response.context["inline_admin_formsets"]:
        for bound in inline.formset.management_form:
            add(bound)
        for inline_form in inline.formset.forms:
            for bound in inline_form:
                add(bound)
    data.update(changes)
    data.setdefault("_save", "Save")
    return data


def errors_of(response):
    """Every error message shown on a re-displayed admin form, flattened."""
    context = response.context
    messages = [str(e) for errors in context["adminform"].form.errors.values() for e in errors]
    for inline in context["inline_admin_formsets"]:
        messages += [str(e) for e in inline.formset.non_form_errors()]
        for form_errors in inline.formset.errors:
            messages += [str(e) for errors in form_errors.values() for e in errors]
    return messages
