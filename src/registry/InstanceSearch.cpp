#include "InstanceSearch.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QUrl>
#include <sqlite3.h>

namespace {

QString argument(sqlite3_value* value)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    return text ? QString::fromUtf8(text, sqlite3_value_bytes(value)) : QString();
}

void searchTextFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 4) {
        sqlite3_result_error(context, "kkt_search_text takes 4 arguments", -1);
        return;
    }
    const QByteArray text =
        InstanceSearch::text(argument(argv[0]), argument(argv[1]), argument(argv[2]), argument(argv[3]))
            .toUtf8();
    sqlite3_result_text(context, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

} // namespace

QString InstanceSearch::fold(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).toLower();
}

QString InstanceSearch::unicodeDomain(const QString& domain)
{
    if (!domain.contains(QStringLiteral("xn--"), Qt::CaseInsensitive))
        return domain;
    const QString unicode = QUrl::fromAce(domain.toLatin1());
    return unicode.isEmpty() ? domain : unicode;
}

QString InstanceSearch::displayDomain(const QString& domain)
{
    const QString unicode = unicodeDomain(domain);
    return unicode == domain ? domain : QStringLiteral("%1 (%2)").arg(unicode, domain);
}

QString InstanceSearch::text(const QString& name, const QString& company, const QString& domain,
                             const QString& ip)
{
    const QString unicode = unicodeDomain(domain);
    return fold(QStringList{name, company, domain, unicode == domain ? QString() : unicode, ip}.join(u' '));
}

QString InstanceSearch::condition(RegistryTarget::Kind kind, const QString& needle, QVariantList* values)
{
    QString escaped = fold(needle.trimmed());
    if (escaped.isEmpty())
        return {};
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    *values << QString(u'%' + escaped + u'%');
    const QString column =
        kind == RegistryTarget::Kind::Postgres
            ? QStringLiteral("search_text")
            : QStringLiteral("kkt_search_text(instance_name, client_company, domain, vds_ip)");
    return QStringLiteral("(%1 LIKE ? ESCAPE '\\')").arg(column);
}

bool InstanceSearch::registerSqliteFunction(QSqlDatabase& db, QString* error)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QStringLiteral("the SQLite driver gave no sqlite3 handle");
        return false;
    }
    sqlite3* sqlite = *static_cast<sqlite3* const*>(handle.data());
    const int rc = sqlite3_create_function_v2(sqlite, "kkt_search_text", 4,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                              searchTextFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}
