"""The health check that load balancers and the throughput benchmark call."""


def test_healthz_answers_ok_without_touching_the_database(client):
    # No database access is allowed in this test: a query would raise.
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok"
