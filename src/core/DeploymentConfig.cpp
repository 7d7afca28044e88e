#include "DeploymentConfig.h"

#include <QJsonArray>
#include <QTimeZone>

namespace {

template <typename Enum>
struct EnumName
{
    Enum value;
    const char* name;
};

constexpr EnumName<DeploymentMode> modeNames[] = {{DeploymentMode::Production, "production"},
                                                  {DeploymentMode::Test, "test"}};
constexpr EnumName<SshAuth> authNames[] = {
    {SshAuth::Agent, "agent"}, {SshAuth::Key, "key"}, {SshAuth::Password, "password"}};
constexpr EnumName<PasswordMode> passwordModeNames[] = {{PasswordMode::Generate, "generate"},
                                                        {PasswordMode::Typed, "typed"}};
constexpr EnumName<ReleaseSource> sourceNames[] = {
    {ReleaseSource::Latest, "latest"}, {ReleaseSource::Tag, "tag"}, {ReleaseSource::File, "file"}};
constexpr EnumName<TlsMode> tlsNames[] = {
    {TlsMode::LetsEncrypt, "letsencrypt"}, {TlsMode::Existing, "existing"}, {TlsMode::None, "none"}};
constexpr EnumName<FirewallMode> firewallNames[] = {{FirewallMode::Manage, "manage"},
                                                    {FirewallMode::Leave, "leave"}};
constexpr EnumName<TestWebMode> testWebNames[] = {{TestWebMode::Path, "path"},
                                                  {TestWebMode::Subdomain, "subdomain"}};

template <typename Enum, size_t N>
QString nameOf(const EnumName<Enum> (&names)[N], Enum value)
{
    for (const auto& n : names) {
        if (n.value == value)
            return QString::fromLatin1(n.name);
    }
    return {};
}

template <typename Enum, size_t N>
QStringList allNames(const EnumName<Enum> (&names)[N])
{
    QStringList list;
    for (const auto& n : names)
        list << QString::fromLatin1(n.name);
    return list;
}

// Reads typed values out of one JSON object and records a ValidationIssue for every value of the
// wrong type, so that one pass over a file reports all of its problems.
class JsonReader
{
public:
    JsonReader(const QJsonObject& object, QString path, ValidationIssues* issues)
        : m_object(object)
        , m_path(std::move(path))
        , m_issues(issues)
    {}

    QString field(const QString& key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

    JsonReader child(const QString& key) const
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isUndefined() && !v.isObject())
            typeIssue(key, DeploymentConfig::tr("an object { … }"));
        return JsonReader(v.toObject(), field(key), m_issues);
    }

    void read(const QString& key, QString* out) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString()) {
            typeIssue(key, DeploymentConfig::tr("a text in quotes"));
            return;
        }
        *out = v.toString();
    }

    void read(const QString& key, bool* out) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isBool()) {
            typeIssue(key, DeploymentConfig::tr("true or false"));
            return;
        }
        *out = v.toBool();
    }

    void read(const QString& key, int* out) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d)) || d < -2147483648.0 || d > 2147483647.0) {
            typeIssue(key, DeploymentConfig::tr("a whole number without quotes"));
            return;
        }
        *out = int(d);
    }

    template <typename T>
    void readList(const QString& key, QList<T>* out) const
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        const QJsonArray array = v.toArray();
        bool ok = v.isArray();
        QList<T> values;
        for (const QJsonValue& item : array) {
            const double d = item.toDouble();
            // Whole numbers only; 2^53 is where doubles stop holding every integer exactly.
            if (!item.isDouble() || d != double(qint64(d)) || qAbs(d) > 9007199254740992.0) {
                ok = false;
                break;
            }
            values << T(d);
        }
        if (!ok) {
            typeIssue(key, DeploymentConfig::tr("a list of whole numbers, e.g. [1, 2]"));
            return;
        }
        *out = values;
    }

    template <typename Enum, size_t N>
    void readEnum(const QString& key, const EnumName<Enum> (&names)[N], Enum* out) const
    {
        QString text;
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return;
        read(key, &text);
        if (!v.isString())
            return;
        for (const auto& n : names) {
            if (text == QLatin1String(n.name)) {
                *out = n.value;
                return;
            }
        }
        m_issues->append(
            {field(key), DeploymentConfig::tr("“%1” is not a known choice").arg(text),
             DeploymentConfig::tr("use one of: %1").arg(allNames(names).join(QStringLiteral(", ")))});
    }

private:
    void typeIssue(const QString& key, const QString& expected) const
    {
        m_issues->append({field(key), DeploymentConfig::tr("has the wrong type"),
                          DeploymentConfig::tr("write %1").arg(expected)});
    }

    QJsonObject m_object;
    QString m_path;
    ValidationIssues* m_issues;
};

template <typename T>
QJsonArray toArray(const QList<T>& values)
{
    QJsonArray array;
    for (T v : values)
        array.append(qint64(v));
    return array;
}

} // namespace

QString jsonName(DeploymentMode mode)
{
    return nameOf(modeNames, mode);
}

QString jsonName(SshAuth auth)
{
    return nameOf(authNames, auth);
}

QString jsonName(PasswordMode mode)
{
    return nameOf(passwordModeNames, mode);
}

QString jsonName(ReleaseSource source)
{
    return nameOf(sourceNames, source);
}

QString jsonName(TlsMode mode)
{
    return nameOf(tlsNames, mode);
}

QString jsonName(FirewallMode mode)
{
    return nameOf(firewallNames, mode);
}

QString jsonName(TestWebMode mode)
{
    return nameOf(testWebNames, mode);
}

QJsonObject DeploymentConfig::toJson() const
{
    QJsonObject releaseJson{{QStringLiteral("source"), jsonName(release.source)}};
    if (release.source == ReleaseSource::Tag)
        releaseJson.insert(QStringLiteral("tag"), release.tag);
    if (release.source == ReleaseSource::File) {
        releaseJson.insert(QStringLiteral("path"), release.path);
        releaseJson.insert(QStringLiteral("checksums"), release.checksums);
    }
    QJsonObject json{
        {QStringLiteral("mode"), jsonName(mode)},
        {QStringLiteral("server"), QJsonObject{{QStringLiteral("host"), server.host},
                                               {QStringLiteral("port"), server.port},
                                               {QStringLiteral("user"), server.user},
                                               {QStringLiteral("auth"), jsonName(server.auth)},
                                               {QStringLiteral("identityFile"), server.identityFile},
                                               {QStringLiteral("domain"), server.domain}}},
        {QStringLiteral("admin"),
         QJsonObject{{QStringLiteral("fullName"), admin.fullName},
                     {QStringLiteral("email"), admin.email},
                     {QStringLiteral("phone"), admin.phone},
                     {QStringLiteral("company"), admin.company},
                     {QStringLiteral("passwordMode"), jsonName(admin.passwordMode)}}},
        {QStringLiteral("telegram"), QJsonObject{{QStringLiteral("adminIds"), toArray(telegram.adminIds)}}},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("notificationTime"), settings.notificationTime},
                     {QStringLiteral("timezone"), settings.timezone},
                     {QStringLiteral("alertDays"), toArray(settings.alertDays)},
                     {QStringLiteral("backupTime"), settings.backupTime},
                     {QStringLiteral("backupRetentionDays"), settings.backupRetentionDays}}},
        {QStringLiteral("release"), releaseJson},
    };
    // Keys added after the first file format are written only when they differ from the default,
    // so files written before them stay byte-for-byte what they were.
    if (web != WebConfig{}) {
        QJsonObject webJson{{QStringLiteral("tls"), jsonName(web.tls)}};
        if (web.tls == TlsMode::Existing) {
            webJson.insert(QStringLiteral("certificateFile"), web.certificateFile);
            webJson.insert(QStringLiteral("keyFile"), web.keyFile);
        }
        if (web.acceptNoTls)
            webJson.insert(QStringLiteral("acceptNoTls"), true);
        json.insert(QStringLiteral("web"), webJson);
    }
    if (firewall != FirewallMode::Manage)
        json.insert(QStringLiteral("firewall"), jsonName(firewall));
    if (!profile.isEmpty())
        json.insert(QStringLiteral("profile"), profile);
    if (testWeb != TestWebMode::Path)
        json.insert(QStringLiteral("testWeb"), jsonName(testWeb));
    return json;
}

DeploymentConfig DeploymentConfig::fromJson(const QJsonObject& json, ValidationIssues* issues)
{
    DeploymentConfig c;
    c.settings.timezone = defaultTimezone();
    const JsonReader root(json, QString(), issues);
    root.readEnum(QStringLiteral("mode"), modeNames, &c.mode);

    const JsonReader server = root.child(QStringLiteral("server"));
    server.read(QStringLiteral("host"), &c.server.host);
    server.read(QStringLiteral("port"), &c.server.port);
    server.read(QStringLiteral("user"), &c.server.user);
    server.readEnum(QStringLiteral("auth"), authNames, &c.server.auth);
    server.read(QStringLiteral("identityFile"), &c.server.identityFile);
    server.read(QStringLiteral("domain"), &c.server.domain);

    const JsonReader admin = root.child(QStringLiteral("admin"));
    admin.read(QStringLiteral("fullName"), &c.admin.fullName);
    admin.read(QStringLiteral("email"), &c.admin.email);
    admin.read(QStringLiteral("phone"), &c.admin.phone);
    admin.read(QStringLiteral("company"), &c.admin.company);
    admin.readEnum(QStringLiteral("passwordMode"), passwordModeNames, &c.admin.passwordMode);

    root.child(QStringLiteral("telegram")).readList(QStringLiteral("adminIds"), &c.telegram.adminIds);

    const JsonReader settings = root.child(QStringLiteral("settings"));
    settings.read(QStringLiteral("notificationTime"), &c.settings.notificationTime);
    settings.read(QStringLiteral("timezone"), &c.settings.timezone);
    settings.readList(QStringLiteral("alertDays"), &c.settings.alertDays);
    settings.read(QStringLiteral("backupTime"), &c.settings.backupTime);
    settings.read(QStringLiteral("backupRetentionDays"), &c.settings.backupRetentionDays);

    const JsonReader release = root.child(QStringLiteral("release"));
    release.readEnum(QStringLiteral("source"), sourceNames, &c.release.source);
    release.read(QStringLiteral("tag"), &c.release.tag);
    release.read(QStringLiteral("path"), &c.release.path);
    release.read(QStringLiteral("checksums"), &c.release.checksums);

    const JsonReader web = root.child(QStringLiteral("web"));
    web.readEnum(QStringLiteral("tls"), tlsNames, &c.web.tls);
    web.read(QStringLiteral("certificateFile"), &c.web.certificateFile);
    web.read(QStringLiteral("keyFile"), &c.web.keyFile);
    web.read(QStringLiteral("acceptNoTls"), &c.web.acceptNoTls);
    root.readEnum(QStringLiteral("firewall"), firewallNames, &c.firewall);
    root.read(QStringLiteral("profile"), &c.profile);
    root.readEnum(QStringLiteral("testWeb"), testWebNames, &c.testWeb);
    return c;
}

QString DeploymentConfig::defaultTimezone()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    if (id.contains('/') && QTimeZone::isTimeZoneIdAvailable(id))
        return QString::fromUtf8(id);
    return QStringLiteral("Europe/Moscow");
}
