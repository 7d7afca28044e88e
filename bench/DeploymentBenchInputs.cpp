#include "DeploymentBenchInputs.h"

#include "provisioning/PayloadProfile.h"
#include "registry/Registry.h"
#include "registry/SchemaMigrator.h"
#include "support/SampleRelease.h"
#include "support/TestEnvironment.h"

#include <QCryptographicHash>
#include <QFile>

bool DeploymentBenchInputs::prepare(QString* error)
{
    dir = TestEnvironment::freshDirectory(QStringLiteral("bench-deployment"));
    journal = dir + QStringLiteral("/journal.sqlite");
    if (!SampleRelease::build(dir, &archive, &checksums, error) || !prepareRegistry(error))
        return false;
    QFile file(archive);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + archive;
        return false;
    }
    sha256 =
        QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    const PayloadProfile profile = PayloadProfile::load(SampleRelease::profile(), error);
    packages = profile.aptPackages;
    packages << QStringLiteral("python3-setuptools") << QStringLiteral("python3-apt");
    if (!telegram.listen()) {
        *error = QStringLiteral("the local Telegram Bot API did not start");
        return false;
    }
    telegram.addBot(botToken(), 987654321, QStringLiteral("KKT bench"), QStringLiteral("kkt_bench_bot"));
    return true;
}

bool DeploymentBenchInputs::prepareRegistry(QString* error)
{
    registryFile = dir + QStringLiteral("/registry.sqlite");
    RegistryTarget target;
    target.sqlitePath = registryFile;
    Registry registry(target);
    QSqlDatabase db = registry.database(error);
    return SchemaMigrator(target.kind).migrate(db, nullptr, error) && registry.open(error);
}
