#include "UpdateVariables.h"

#include "provisioning/TextTemplate.h"

namespace {

// Where the new release answers beside the old one during a switch without migrations.
constexpr int sparePortOffset = 1000;

} // namespace

QList<QPair<QString, QString>> UpdateVariables::make(const InstanceLayout& l, const Inputs& in)
{
    QStringList migrations;
    if (in.manifest.databaseMigration) {
        for (const ReleaseManifest::MigrationStep& step : std::as_const(in.manifest.migrationSteps))
            migrations << step.file;
    }
    const int sparePort = l.webPort() + sparePortOffset;
    QMap<QString, QString> values = l.values();
    values.insert(QStringLiteral("current"), l.releaseDir());
    values.insert(QStringLiteral("webPort"), QString::number(sparePort));
    QString error;
    const QString spareExec = TextTemplate::render(in.webExec, values, &error);
    return {
        {QStringLiteral("KKT_UPDATE_ID"), in.updateId},
        {QStringLiteral("KKT_UPDATE_DIR"), l.sharedDir() + QStringLiteral("/updates/") + in.updateId},
        {QStringLiteral("KKT_UPDATE_FROM"), in.from},
        {QStringLiteral("KKT_UPDATE_TO"), l.version()},
        {QStringLiteral("KKT_PREVIOUS_DIR"), l.releasesDir() + u'/' + in.from},
        {QStringLiteral("KKT_MIGRATIONS"), migrations.join(u'\n')},
        {QStringLiteral("KKT_SPARE_PORT"), QString::number(sparePort)},
        {QStringLiteral("KKT_SPARE_EXEC"), spareExec},
        {QStringLiteral("KKT_ROLLBACK_SUPPORTED"),
         in.manifest.rollbackSupported ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("KKT_ROLLBACK_DAYS"), QString::number(in.rollbackWindowDays)},
    };
}
