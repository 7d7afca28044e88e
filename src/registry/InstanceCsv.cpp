#include "InstanceCsv.h"

#include "InstanceSearch.h"
#include "Registry.h"

#include <QIODevice>

namespace {

constexpr int pageRows = 5000;

} // namespace

QString InstanceCsv::withSuffix(const QString& path)
{
    return path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".csv");
}

QString InstanceCsv::cell(QString value)
{
    // A spreadsheet would run a cell starting with these as a formula.
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r'))
        value = u'"' + value.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return value;
}

bool InstanceCsv::write(const Registry& registry, const InstanceQuery& query, QIODevice* out, QString* error)
{
    auto put = [&](const QByteArray& bytes) {
        if (out->write(bytes) == bytes.size())
            return true;
        *error = tr("Cannot write the CSV file: %1").arg(out->errorString());
        return false;
    };
    if (!put(
            "\xEF\xBB\xBF"
            "instance_uuid,instance_name,client_company,domain,domain_unicode,vds_ip,deployed_version,status,"
            "last_health_check,deployed_at,mode,ssh_host,ssh_port,ssh_user,host_key_fingerprint,web_port,"
            "bot_username\r\n"))
        return false;
    auto time = [](const QDateTime& t) {
        return t.isValid() ? t.toString(Qt::ISODate) : QString();
    };
    for (int offset = 0;; offset += pageRows) {
        const QList<InstanceRecord> rows = registry.instances(query, offset, pageRows, error);
        if (!error->isEmpty())
            return false;
        for (const InstanceRecord& r : rows) {
            const QString unicode = InstanceSearch::unicodeDomain(r.domain);
            const QStringList cells{r.uuid.toString(QUuid::WithoutBraces),
                                    r.name,
                                    r.company,
                                    r.domain,
                                    unicode == r.domain ? QString() : unicode,
                                    r.ip,
                                    r.version,
                                    r.status,
                                    time(r.lastHealthCheck),
                                    time(r.deployedAt),
                                    r.mode,
                                    r.sshHost,
                                    r.sshPort ? QString::number(r.sshPort) : QString(),
                                    r.sshUser,
                                    r.hostKeyFingerprint,
                                    r.webPort ? QString::number(r.webPort) : QString(),
                                    r.botUsername};
            QStringList line;
            for (const QString& c : cells)
                line << cell(c);
            if (!put(line.join(u',').toUtf8() + "\r\n"))
                return false;
        }
        if (rows.size() < pageRows)
            return true;
    }
}
