// Registry tab model on a large central registry: 100 000 instances and 1 000 000 history rows
// in a real PostgreSQL. Prints the time to the first screen (first page + row count), to apply a
// company filter, to sort by last health check and to search text (any script and case, through
// the trigram index of migration 004). Aims: ≤ 300 ms, ≤ 200 ms, ≤ 200 ms, ≤ 100 ms.
#include "registry/RegistryConnection.h"
#include "registry/RegistryTableModel.h"
#include "registry/RegistryWorker.h"
#include "registry/SchemaMigrator.h"
#include "support/PostgresServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace {

qint64 waitForFirstPage(RegistryTableModel& model, const std::function<void()>& trigger)
{
    QEventLoop loop;
    qint64 elapsed = -1;
    QElapsedTimer clock;
    const auto c1 = QObject::connect(&model, &RegistryTableModel::firstPageLoaded, &loop, [&](qint64) {
        elapsed = clock.elapsed();
        loop.quit();
    });
    const auto c2 = QObject::connect(&model, &RegistryTableModel::failed, &loop, [&](const QString& message) {
        std::fprintf(stderr, "query failed: %s\n", qPrintable(message));
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    clock.start();
    trigger();
    loop.exec();
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return elapsed;
}

void report(const char* what, QList<qint64> samples, int aim)
{
    std::sort(samples.begin(), samples.end());
    const qint64 median = samples.at(samples.size() / 2);
    std::printf("%-34s median %4lld ms, worst %4lld ms (aim ≤ %d ms) %s\n", what,
                static_cast<long long>(median), static_cast<long long>(samples.last()), aim,
                median <= aim ? "ok" : "MISSED");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("kkt.*.debug=false"));
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    PostgresServer server;
    if (!server.start()) {
        std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(server.error()));
        return 1;
    }
    const QString database = QStringLiteral("bench_registry");
    server.createDatabase(database);
    RegistryTarget target;
    target.kind = RegistryTarget::Kind::Postgres;
    target.host = server.host();
    target.port = server.port();
    target.database = database;
    target.user = server.superuser();
    target.password = server.superuserPassword();
    target.caFile = server.caFile(); // TLS verified, as against a real registry
    QString error;
    {
        QSqlDatabase db = RegistryConnection::open(target, &error);
        if (!db.isValid() || !SchemaMigrator(target.kind).migrate(db, nullptr, &error)) {
            std::fprintf(stderr, "migrate: %s\n", qPrintable(error));
            return 1;
        }
    }
    RegistryConnection::drop(target);
    QElapsedTimer fill;
    fill.start();
    // Bulk seed: replica mode skips the audit and updated_at triggers for the generated rows.
    const bool seeded = server.runSql(database, QStringLiteral(R"SQL(
SET session_replication_role = replica;
INSERT INTO deployed_instances (instance_name, client_company, vds_ip, domain, deployed_version, deployed_at,
        last_health_check, status, mode, ssh_host, ssh_port, ssh_user)
SELECT 'kkt-' || lpad(i::text, 6, '0'),
        CASE WHEN i % 10 = 3 THEN 'ИП Иванов ' || (i % 2000) ELSE 'Company ' || (i % 2000) END, '10.' || (i / 65536) || '.' || (i / 256 % 256)
        || '.' || (i % 256), 'kkt' || i || '.example.com', '1.0.' || (i % 7),
        now() - (random() * interval '700 days'), now() - (random() * interval '30 days'),
        (ARRAY['active', 'active', 'active', 'inactive', 'error'])[1 + i % 5], 'production',
        '10.0.0.1', 22, 'root'
  FROM generate_series(1, 100000) AS i;
INSERT INTO deployment_history (instance_id, action, from_version, to_version, initiated_by, started_at,
        completed_at, status)
SELECT 1 + (i % 100000), (ARRAY['deploy', 'update', 'rollback', 'health_check'])[1 + i % 4], '1.0.0', '1.0.1',
        'bench', now() - (random() * interval '700 days'), now(), (ARRAY['success', 'success', 'failed'])[1 + i % 3]
  FROM generate_series(1, 1000000) AS i;
ANALYZE;
)SQL"),
                                      600000);
    if (!seeded) {
        std::fprintf(stderr, "seed: %s\n", qPrintable(server.error()));
        return 1;
    }
    std::printf("seeded 100 000 instances and 1 000 000 history rows in %.1f s\n", fill.elapsed() / 1000.0);

    {
        // Whether the search really goes through the trigram index, not a scan that happens to be fast.
        QSqlDatabase db = RegistryConnection::open(target, &error);
        QSqlQuery plan(db);
        QString text;
        if (plan.exec(QStringLiteral("EXPLAIN SELECT COUNT(*) FROM deployed_instances WHERE search_text LIKE "
                                     "'%иванов 23%'"))) {
            while (plan.next())
                text += plan.value(0).toString() + u'\n';
        }
        std::printf("search plan uses the trigram index: %s\n",
                    text.contains(QStringLiteral("deployed_instances_search_idx")) ? "yes" : "NO");
    }
    RegistryConnection::drop(target);
    RegistryWorker worker(target);
    RegistryTableModel model(&worker);
    const qint64 cold = waitForFirstPage(model, [&] { model.setQuery({}); });
    std::printf("first screen with a new connection: %lld ms\n", static_cast<long long>(cold));
    QList<qint64> firstScreen, companyFilter, sortHealth, sortHealthDesc, search, searchCyrillic;
    for (int i = 0; i < 7; ++i) {
        firstScreen << waitForFirstPage(model, [&] { model.setQuery({}); });
        companyFilter << waitForFirstPage(model, [&] {
            InstanceQuery q;
            q.company = QStringLiteral("Company %1").arg(37 * i + 5);
            model.setQuery(q);
        });
        search << waitForFirstPage(model, [&] {
            InstanceQuery q;
            q.search = QStringLiteral("kkt-0%1").arg(1000 + 97 * i);
            model.setQuery(q);
        });
        searchCyrillic << waitForFirstPage(model, [&] {
            InstanceQuery q;
            q.search = QStringLiteral("иванов %1").arg(20 * i + 3);
            model.setQuery(q);
        });
        model.setQuery({});
        sortHealth << waitForFirstPage(
            model, [&] { model.sort(InstanceQuery::LastHealthCheck, Qt::AscendingOrder); });
        sortHealthDesc << waitForFirstPage(
            model, [&] { model.sort(InstanceQuery::LastHealthCheck, Qt::DescendingOrder); });
    }
    std::printf("rows shown: %d of %d\n", model.rowCount(), model.totalCount());
    report("first screen (page + count)", firstScreen, 300);
    report("company filter", companyFilter, 200);
    report("sort by last health check", sortHealth, 200);
    report("sort by last health check, desc", sortHealthDesc, 200);
    report("search text (trigram index)", search, 100);
    report("search Cyrillic, other case", searchCyrillic, 100);
    return 0;
}
