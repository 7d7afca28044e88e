#include "PayloadProfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list << v.toString();
    return list;
}

InstanceKind instanceKind(const QJsonObject& o)
{
    InstanceKind k;
    k.appDir = o.value(QStringLiteral("appDir")).toString();
    k.database = o.value(QStringLiteral("database")).toString();
    k.webPort = o.value(QStringLiteral("webPort")).toInt(8000);
    k.webService = o.value(QStringLiteral("webService")).toString();
    k.botService = o.value(QStringLiteral("botService")).toString();
    k.nginxSite = o.value(QStringLiteral("nginxSite")).toString();
    k.nginxLocation = o.value(QStringLiteral("nginxLocation")).toString(QStringLiteral("/"));
    return k;
}

} // namespace

PayloadProfile PayloadProfile::builtIn(QString* error)
{
    return load(QStringLiteral(":/profiles/kkt-1.0.json"), error);
}

PayloadProfile PayloadProfile::forConfig(const QString& path, QString* error)
{
    return path.isEmpty() ? builtIn(error) : load(path, error);
}

PayloadLayout PayloadProfile::releaseLayout() const
{
    PayloadLayout result;
    result.name = name;
    for (QString entry : layout) {
        if (entry.endsWith(u'/')) {
            entry.chop(1);
            result.requiredFolders << entry;
        } else {
            result.requiredFiles << entry;
        }
    }
    result.leftovers = PayloadLayout::kkt10().leftovers;
    return result;
}

ServerFacts::Requirements PayloadProfile::serverRequirements() const
{
    ServerFacts::Requirements r;
    r.profileName = name;
    r.pythonMinimum = pythonMinimum;
    r.pythonInterpreter = pythonInterpreter;
    r.systems = systems;
    return r;
}

PayloadProfile PayloadProfile::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the payload profile “%1”: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = tr("the payload profile “%1” is not valid JSON: %2").arg(path, parseError.errorString());
        return {};
    }
    return fromJson(doc.object(), QFileInfo(path).absolutePath(), error);
}

PayloadProfile PayloadProfile::fromJson(const QJsonObject& json, const QString& baseDir, QString* error)
{
    PayloadProfile p;
    p.name = json.value(QStringLiteral("name")).toString();
    p.description = json.value(QStringLiteral("description")).toString();
    const QJsonObject releases = json.value(QStringLiteral("releases")).toObject();
    p.releaseMinimum = releases.value(QStringLiteral("minimum")).toString();
    p.releaseBelow = releases.value(QStringLiteral("below")).toString();
    const QJsonObject python = json.value(QStringLiteral("python")).toObject();
    p.pythonMinimum = python.value(QStringLiteral("minimum")).toString();
    p.pythonInterpreter = python.value(QStringLiteral("interpreter")).toString(QStringLiteral("python3"));
    p.venvSystemSitePackages = python.value(QStringLiteral("systemSitePackages")).toBool();
    p.systems = strings(json.value(QStringLiteral("systems")));
    p.aptPackages = strings(json.value(QStringLiteral("aptPackages")));
    p.layout = strings(json.value(QStringLiteral("layout")));
    const QJsonObject pip = json.value(QStringLiteral("pip")).toObject();
    p.requirementFiles = strings(pip.value(QStringLiteral("requirementFiles")));
    p.pipExtraPackages = strings(pip.value(QStringLiteral("extraPackages")));
    p.serviceUser = json.value(QStringLiteral("serviceUser")).toString();
    const QJsonObject instances = json.value(QStringLiteral("instances")).toObject();
    p.production = instanceKind(instances.value(QStringLiteral("production")).toObject());
    p.test = instanceKind(instances.value(QStringLiteral("test")).toObject());
    const QJsonObject secrets = json.value(QStringLiteral("serverSecrets")).toObject();
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        p.serverSecrets.insert(it.key(), it.value().toInt(32));
    p.env = strings(json.value(QStringLiteral("env")));
    const QJsonObject schema = json.value(QStringLiteral("schema")).toObject();
    p.schemaCommands = strings(schema.value(QStringLiteral("commands")));
    p.schemaCheck = schema.value(QStringLiteral("check")).toString();
    const QJsonObject users = json.value(QStringLiteral("users")).toObject();
    p.createUserCommand = users.value(QStringLiteral("create")).toString();
    p.usersCheck = users.value(QStringLiteral("check")).toString();
    p.adminUsername = users.value(QStringLiteral("adminUsername")).toString(QStringLiteral("admin"));
    p.botApiUser = users.value(QStringLiteral("botApiUser")).toString();
    const QJsonObject services = json.value(QStringLiteral("services")).toObject();
    const QJsonObject web = services.value(QStringLiteral("web")).toObject();
    const QJsonObject bot = services.value(QStringLiteral("bot")).toObject();
    p.webDescription = web.value(QStringLiteral("description")).toString();
    p.webExec = web.value(QStringLiteral("exec")).toString();
    p.botDescription = bot.value(QStringLiteral("description")).toString();
    p.botExec = bot.value(QStringLiteral("exec")).toString();
    const QJsonObject health = json.value(QStringLiteral("health")).toObject();
    p.healthPath = health.value(QStringLiteral("path")).toString(QStringLiteral("/health"));
    p.healthExpect = health.value(QStringLiteral("expect")).toString();
    p.loginPath = health.value(QStringLiteral("login")).toString();
    p.probePath = health.value(QStringLiteral("probe")).toString();
    p.telegramMode = json.value(QStringLiteral("telegram"))
                         .toObject()
                         .value(QStringLiteral("mode"))
                         .toString(QStringLiteral("polling"));

    const QJsonObject scripts = json.value(QStringLiteral("scripts")).toObject();
    for (auto it = scripts.begin(); it != scripts.end(); ++it) {
        QFile script(QDir(baseDir).filePath(it.value().toString()));
        if (!script.open(QIODevice::ReadOnly)) {
            *error = tr("the payload profile's script “%1” cannot be read: %2")
                         .arg(it.value().toString(), script.errorString());
            return {};
        }
        p.scripts.insert(it.key(), QString::fromUtf8(script.readAll()));
    }

    QStringList missing;
    const std::pair<const char*, const QString*> required[] = {
        {"name", &p.name},
        {"python.minimum", &p.pythonMinimum},
        {"serviceUser", &p.serviceUser},
        {"services.web.exec", &p.webExec},
        {"services.bot.exec", &p.botExec},
        {"schema.check", &p.schemaCheck},
        {"users.create", &p.createUserCommand},
        {"users.check", &p.usersCheck},
        {"instances.production.appDir", &p.production.appDir},
        {"instances.production.database", &p.production.database}};
    for (const auto& [key, value] : required) {
        if (value->isEmpty())
            missing << QString::fromLatin1(key);
    }
    if (p.telegramMode != QStringLiteral("polling") && p.telegramMode != QStringLiteral("webhook"))
        missing << QStringLiteral("telegram.mode (polling or webhook)");
    if (!missing.isEmpty()) {
        *error = tr("the payload profile lacks: %1").arg(missing.join(QStringLiteral(", ")));
        return {};
    }
    return p;
}
