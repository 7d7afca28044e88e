#include "releases/GitHubReleases.h"

#include "support/FakeGitHubServer.h"

#include <QSignalSpy>
#include <QTest>

class TestGitHubReleases : public QObject
{
    Q_OBJECT

    static bool waitFor(GitHubCall* call)
    {
        QSignalSpy spy(call, &GitHubCall::finished);
        return call->isFinished() || spy.wait(20000);
    }

    static void publish(FakeGitHubServer& server, int count)
    {
        for (int i = 0; i < count; ++i) {
            const QString tag = QStringLiteral("v1.0.%1").arg(i);
            server.addRelease(
                tag, QDateTime(QDate(2024, 6, 1), QTime(10, 0), Qt::UTC).addDays(i),
                {{QStringLiteral("kkt-app-%1.tar.gz").arg(tag), QByteArray("archive ") + tag.toUtf8()},
                 {QStringLiteral("checksums.txt"), QByteArray("x")}});
        }
    }

    std::unique_ptr<GitHubReleases> client(const FakeGitHubServer& server)
    {
        auto github = std::make_unique<GitHubReleases>();
        github->setApiBase(server.baseUrl());
        github->setRepository(QStringLiteral("zhurbarv-hub/Qoders"));
        github->setRetryPolicy(3, 10);
        return github;
    }

private slots:
    void defaults()
    {
        qunsetenv("KKT_GITHUB_API_URL");
        qunsetenv("KKT_GITHUB_REPO");
        QCoreApplication::setOrganizationName(QStringLiteral("KKT-test-github"));
        GitHubReleases github;
        QCOMPARE(github.apiBase(), QUrl(QStringLiteral("https://api.github.com")));
        QCOMPARE(github.repository(), QStringLiteral("zhurbarv-hub/Qoders"));
        qputenv("KKT_GITHUB_API_URL", "http://127.0.0.1:1/api/v3");
        qputenv("KKT_GITHUB_REPO", "mirror/kkt");
        GitHubReleases mirrored;
        QCOMPARE(mirrored.apiBase(), QUrl(QStringLiteral("http://127.0.0.1:1/api/v3")));
        QCOMPARE(mirrored.repository(), QStringLiteral("mirror/kkt"));
        qunsetenv("KKT_GITHUB_API_URL");
        qunsetenv("KKT_GITHUB_REPO");
        QVERIFY(GitHubReleases::repositoryProblem(QStringLiteral("owner/name")).isEmpty());
        QVERIFY(!GitHubReleases::repositoryProblem(QStringLiteral("owner/../x")).isEmpty());
        QVERIFY(!GitHubReleases::repositoryProblem(QStringLiteral("nope")).isEmpty());
    }

    void latestSkipsPreReleases()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        publish(server, 2);
        server.addRelease(QStringLiteral("v1.1.0-test"), QDateTime::currentDateTimeUtc(), {}, true);
        auto github = client(server);
        GitHubCall* call = github->latest();
        QVERIFY(waitFor(call));
        QCOMPARE(call->error(), GitHubCall::Error::None);
        QCOMPARE(call->releases().size(), 1);
        const ReleaseInfo release = call->releases().first();
        QCOMPARE(release.tag, QStringLiteral("v1.0.1"));
        QCOMPARE(release.version->toString(), QStringLiteral("1.0.1"));
        QCOMPARE(release.publishedAt, QDateTime(QDate(2024, 6, 2), QTime(10, 0), Qt::UTC));
        QVERIFY(release.archiveAsset());
        QCOMPARE(release.archiveAsset()->name, QStringLiteral("kkt-app-v1.0.1.tar.gz"));
        QCOMPARE(server.requests().last().header("Accept"), QByteArray("application/vnd.github+json"));
        QCOMPARE(server.requests().last().header("X-GitHub-Api-Version"), QByteArray("2022-11-28"));
        QCOMPARE(server.requests().last().header("Authorization"), QByteArray());
    }

    void byTagAndNotFound()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        publish(server, 3);
        auto github = client(server);
        GitHubCall* call = github->byTag(QStringLiteral("v1.0.2"));
        QVERIFY(waitFor(call));
        QCOMPARE(call->releases().first().tag, QStringLiteral("v1.0.2"));
        GitHubCall* missing = github->byTag(QStringLiteral("v9.9.9"));
        QVERIFY(waitFor(missing));
        QCOMPARE(missing->error(), GitHubCall::Error::NotFound);
        QVERIFY(missing->errorText().contains(QStringLiteral("v9.9.9")));
    }

    void listFollowsPages()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        server.setPerPage(2);
        publish(server, 5);
        auto github = client(server);
        GitHubCall* call = github->list();
        QVERIFY(waitFor(call));
        QCOMPARE(call->error(), GitHubCall::Error::None);
        QCOMPARE(call->releases().size(), 5);
        QCOMPARE(call->releases().first().tag, QStringLiteral("v1.0.4"));
        QCOMPARE(call->releases().last().tag, QStringLiteral("v1.0.0"));
        QCOMPARE(server.apiRequestCount(), 3);
    }

    void conditionalRequests()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        publish(server, 1);
        auto github = client(server);
        GitHubCall* first = github->latest();
        QVERIFY(waitFor(first));
        QVERIFY(!first->fromCache());
        GitHubCall* second = github->latest();
        QVERIFY(waitFor(second));
        QCOMPARE(second->error(), GitHubCall::Error::None);
        QVERIFY(second->fromCache());
        QCOMPARE(second->releases().first().tag, QStringLiteral("v1.0.0"));
        QCOMPARE(server.notModifiedCount(), 1);
        QVERIFY(!server.requests().last().header("If-None-Match").isEmpty());
    }

    void rateLimitSaysWhenItResets()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        const QDateTime reset = QDateTime::currentDateTimeUtc().addSecs(25 * 60);
        server.setRateLimited(reset);
        auto github = client(server);
        GitHubCall* call = github->latest();
        QVERIFY(waitFor(call));
        QCOMPARE(call->error(), GitHubCall::Error::RateLimited);
        QCOMPARE(call->rateLimitReset().toSecsSinceEpoch(), reset.toSecsSinceEpoch());
        QVERIFY2(call->errorText().contains(reset.toLocalTime().toString(QStringLiteral("HH:mm"))),
                 qPrintable(call->errorText()));
        QVERIFY(call->errorText().contains(QStringLiteral("token")));
        // A rate limit is not retried: retrying would only burn more of it.
        QCOMPARE(server.apiRequestCount(), 1);
    }

    void secondaryRateLimitWithRetryAfter()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request&) {
            FakeHttpServer::Response r =
                FakeHttpServer::json(429, R"({"message":"You have exceeded a secondary rate limit."})");
            r.headers << qMakePair(QByteArray("Retry-After"), QByteArray("120"));
            return r;
        });
        GitHubReleases github;
        github.setApiBase(server.baseUrl());
        GitHubCall* call = github.list();
        QVERIFY(waitFor(call));
        QCOMPARE(call->error(), GitHubCall::Error::RateLimited);
        QVERIFY(call->rateLimitReset() > QDateTime::currentDateTimeUtc().addSecs(100));
    }

    void retriesServerErrors()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        publish(server, 1);
        server.failNext(2, 502);
        auto github = client(server);
        GitHubCall* call = github->latest();
        QSignalSpy retrying(call, &GitHubCall::retrying);
        QVERIFY(waitFor(call));
        QCOMPARE(call->error(), GitHubCall::Error::None);
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(retrying.at(1).at(1).toInt(), 20); // backoff doubles
        QCOMPARE(server.apiRequestCount(), 3);
    }

    void givesUpAfterRetries()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        server.failNext(10, 503);
        auto github = client(server);
        GitHubCall* call = github->latest();
        QVERIFY(waitFor(call));
        QCOMPARE(call->error(), GitHubCall::Error::Server);
        QCOMPARE(call->retries(), 3);
        QVERIFY(call->errorText().contains(QStringLiteral("503")));
    }

    void retriesDroppedConnections()
    {
        FakeGitHubServer real;
        QVERIFY(real.listen());
        publish(real, 1);
        // A front that drops the first connection mid-answer, then passes through.
        FakeHttpServer front;
        QVERIFY(front.listen());
        int seen = 0;
        front.setHandler([&](const FakeHttpServer::Request&) {
            FakeHttpServer::Response r = FakeHttpServer::json(200, QByteArray(2000, ' '));
            if (seen++ == 0)
                r.dropAfterBodyBytes = 100;
            else
                r.body = R"({"tag_name":"v1.0.0","assets":[]})";
            return r;
        });
        GitHubReleases github;
        github.setApiBase(front.baseUrl());
        github.setRetryPolicy(3, 10);
        GitHubCall* call = github.latest();
        QVERIFY(waitFor(call));
        QCOMPARE(call->error(), GitHubCall::Error::None);
        QCOMPARE(call->retries(), 1);
    }

    void unreachableAndBadAnswers()
    {
        GitHubReleases github;
        github.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(1)));
        github.setRetryPolicy(1, 10);
        GitHubCall* call = github.latest();
        QVERIFY(waitFor(call));
        QCOMPARE(call->error(), GitHubCall::Error::Network);

        FakeHttpServer html;
        QVERIFY(html.listen());
        html.setHandler(
            [](const FakeHttpServer::Request&) { return FakeHttpServer::json(200, "<html>proxy</html>"); });
        github.setApiBase(html.baseUrl());
        GitHubCall* bad = github.latest();
        QVERIFY(waitFor(bad));
        QCOMPARE(bad->error(), GitHubCall::Error::Protocol);
    }

    void tokenGoesOnlyToTheApiHost()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        publish(server, 1);
        auto github = client(server);
        github->setToken("ghp_secretsecretsecret");
        GitHubCall* call = github->latest();
        QVERIFY(waitFor(call));
        QCOMPARE(server.requests().last().header("Authorization"),
                 QByteArray("Bearer ghp_secretsecretsecret"));
        QVERIFY(!call->errorText().contains(QStringLiteral("ghp_")));

        FakeHttpServer unauthorized;
        QVERIFY(unauthorized.listen());
        unauthorized.setHandler([](const FakeHttpServer::Request&) {
            return FakeHttpServer::json(401, R"({"message":"Bad credentials"})");
        });
        github->setApiBase(unauthorized.baseUrl());
        GitHubCall* refused = github->latest();
        QVERIFY(waitFor(refused));
        QCOMPARE(refused->error(), GitHubCall::Error::Unauthorized);
        QVERIFY(!refused->errorText().contains(QStringLiteral("ghp_")));
    }

    void enterpriseBasePath()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request&) {
            return FakeHttpServer::json(200, R"({"tag_name":"v1.0.0","assets":[]})");
        });
        GitHubReleases github;
        github.setApiBase(QUrl(server.baseUrl().toString() + QStringLiteral("/api/v3/")));
        github.setRepository(QStringLiteral("kkt/app"));
        QVERIFY(waitFor(github.byTag(QStringLiteral("v1.0.0"))));
        QCOMPARE(server.requests().first().target, QByteArray("/api/v3/repos/kkt/app/releases/tags/v1.0.0"));
    }

    void manifestAsset()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        server.addRelease(QStringLiteral("v1.0.1"), QDateTime::currentDateTimeUtc(),
                          {{QStringLiteral("manifest.json"), R"({"version":"1.0.1","severity":"major"})"}});
        auto github = client(server);
        GitHubCall* latest = github->latest();
        QVERIFY(waitFor(latest));
        GitHubCall* manifest = github->manifest(latest->releases().first());
        QVERIFY(waitFor(manifest));
        QCOMPARE(manifest->error(), GitHubCall::Error::None);
        QCOMPARE(manifest->manifest()->severity, ReleaseManifest::Severity::Major);

        ReleaseInfo none;
        none.tag = QStringLiteral("v0");
        GitHubCall* missing = github->manifest(none);
        QVERIFY(waitFor(missing));
        QCOMPARE(missing->error(), GitHubCall::Error::NotFound);
    }

    void cancel()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const FakeHttpServer::Request&) {
            FakeHttpServer::Response r;
            r.silent = true;
            return r;
        });
        GitHubReleases github;
        github.setApiBase(server.baseUrl());
        GitHubCall* call = github.latest();
        QTRY_COMPARE(server.requests().size(), 1);
        call->cancel();
        QCOMPARE(call->error(), GitHubCall::Error::Cancelled);
        QVERIFY(call->isFinished());
    }
};

QTEST_GUILESS_MAIN(TestGitHubReleases)
#include "TestGitHubReleases.moc"
