#pragma once

#include "core/DeploymentConfig.h"
#include "registry/Registry.h"
#include "registry/SchemaMigrator.h"
#include "support/DeployCli.h"

#include <QFile>
#include <QJsonDocument>

// What the update end-to-end tests prepare before their first deployment.
class UpdateTestSetup
{
public:
    // A migrated SQLite registry at `file`, and the command line's settings under `home` pointed at it.
    static bool registry(const QString& home, const QString& file, QString* error)
    {
        RegistryTarget target;
        target.sqlitePath = file;
        {
            Registry registry(target);
            QSqlDatabase db = registry.database(error);
            if (!SchemaMigrator(target.kind).migrate(db, nullptr, error))
                return false;
        }
        if (!DeployCli::useRegistry(home, file)) {
            *error = QStringLiteral("cannot write the settings under %1").arg(home);
            return false;
        }
        return true;
    }

    // `config` written as the JSON configuration file `path`.
    static bool writeConfig(const QString& path, const DeploymentConfig& config)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(config.toJson()).toJson()) > 0;
    }
};
