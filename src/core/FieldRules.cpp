#include "FieldRules.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace {

template <typename T>
FieldCheck<T> failed(QString problem, QString fix)
{
    FieldCheck<T> c;
    c.problem = std::move(problem);
    c.fix = std::move(fix);
    return c;
}

template <typename T>
FieldCheck<T> passed(T value)
{
    FieldCheck<T> c;
    c.value = std::move(value);
    return c;
}

bool isLdhLabel(QStringView label)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"));
    return re.match(label).hasMatch();
}

QString expandHome(const QString& path)
{
    if (path == u'~' || path.startsWith(QStringLiteral("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

// Converts an internationalised name to its ASCII (punycode) form; empty when impossible.
QString toAsciiName(const QString& name)
{
    QString trimmed = name.trimmed();
    if (trimmed.endsWith(u'.'))
        trimmed.chop(1);
    return QString::fromLatin1(QUrl::toAce(trimmed)).toLower();
}

QString firstControlCharacter(const QString& text)
{
    for (QChar ch : text) {
        if (ch.category() == QChar::Other_Control || ch == QChar::LineSeparator ||
            ch == QChar::ParagraphSeparator)
            return QStringLiteral("U+%1").arg(ch.unicode(), 4, 16, QChar(u'0')).toUpper();
    }
    return {};
}

template <typename T>
QList<T> withoutDuplicates(const QList<T>& values)
{
    QList<T> unique;
    for (T v : values) {
        if (!unique.contains(v))
            unique << v;
    }
    return unique;
}

} // namespace

FieldCheck<QString> FieldRules::host(const QString& text)
{
    QString host = text.trimmed();
    if (host.isEmpty())
        return failed<QString>(tr("is empty"),
                               tr("enter the server's IP address or DNS name, e.g. 203.0.113.10"));
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host.contains(u':')) {
        QHostAddress address;
        if (address.setAddress(host) && address.protocol() == QAbstractSocket::IPv6Protocol)
            return passed(address.toString());
        return failed<QString>(tr("“%1” is not a valid IPv6 address").arg(host),
                               tr("write the address as eight groups of hex digits, e.g. 2001:db8::10"));
    }
    static const QRegularExpression dotted(QStringLiteral("^[0-9.]+$"));
    if (dotted.match(host).hasMatch()) {
        static const QRegularExpression ipv4(QStringLiteral(
            "^(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}$"));
        if (ipv4.match(host).hasMatch())
            return passed(host);
        return failed<QString>(tr("“%1” is not a valid IPv4 address").arg(host),
                               tr("write four numbers from 0 to 255 separated by dots, e.g. 203.0.113.10"));
    }
    // A DNS name or an alias from ~/.ssh/config; internationalised names go out in ASCII form.
    const QString ascii = toAsciiName(host);
    bool valid = !ascii.isEmpty() && ascii.size() <= 253;
    for (const QString& label : ascii.split(u'.'))
        valid = valid && isLdhLabel(label);
    if (!valid)
        return failed<QString>(
            tr("“%1” is not a valid host name").arg(host),
            tr("use letters, digits and hyphens between dots, e.g. vds1.example.ru, or an IP address"));
    return passed(ascii);
}

FieldCheck<int> FieldRules::port(int port)
{
    if (port < 1 || port > 65535)
        return failed<int>(tr("%1 is not a TCP port").arg(port),
                           tr("enter a number from 1 to 65535 (SSH normally uses 22)"));
    return passed(port);
}

FieldCheck<QString> FieldRules::sshUser(const QString& text)
{
    const QString user = text.trimmed();
    if (user.isEmpty())
        return failed<QString>(tr("is empty"), tr("enter the login name on the server, e.g. root"));
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,31}$"));
    if (!re.match(user).hasMatch())
        return failed<QString>(
            tr("“%1” is not a portable user name").arg(user),
            tr("use up to 32 Latin letters, digits, “_”, “.” or “-”, not starting with a digit, "
               "“.” or “-”"));
    return passed(user);
}

FieldCheck<QString> FieldRules::identityFile(const QString& path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty())
        return failed<QString>(
            tr("is empty, but the key login needs a key file"),
            tr("choose your private key file, e.g. ~/.ssh/id_ed25519, or pick another login method"));
    const QFileInfo info(expandHome(trimmed));
    if (!info.isFile() || !info.isReadable())
        return failed<QString>(tr("“%1” does not exist or cannot be read").arg(trimmed),
                               tr("choose an existing private key file that you can read"));
    return passed(trimmed);
}

FieldCheck<QString> FieldRules::domain(const QString& text)
{
    const QString domain = text.trimmed();
    if (domain.isEmpty())
        return failed<QString>(tr("is empty"),
                               tr("enter the domain the web interface will use, e.g. kkt.example.ru"));
    const QString example = tr("enter a full domain name such as kkt.example.ru or кассы.пример.рф");
    QHostAddress address;
    if (address.setAddress(domain))
        return failed<QString>(tr("“%1” is an IP address, not a domain name").arg(domain), example);
    // Name the hyphen's position as the problem (IDNA refuses such names as a whole).
    for (const QString& label : domain.split(u'.')) {
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return failed<QString>(
                tr("“%1” has a part “%2” that starts or ends with a hyphen").arg(domain, label),
                tr("a hyphen may only stand between letters or digits, e.g. my-kkt.example.ru"));
    }
    const QString ascii = toAsciiName(domain);
    if (ascii.isEmpty())
        return failed<QString>(tr("“%1” contains characters a domain name cannot have").arg(domain), example);
    if (ascii.size() > 253)
        return failed<QString>(tr("is longer than 253 characters"), example);
    const QStringList labels = ascii.split(u'.');
    if (labels.size() < 2)
        return failed<QString>(tr("“%1” is not a full domain name").arg(domain), example);
    for (const QString& label : labels) {
        if (!isLdhLabel(label))
            return failed<QString>(
                tr("“%1” has an invalid part “%2”").arg(domain, label),
                tr("each part between dots must be 1–63 letters, digits or hyphens, not starting "
                   "or ending with a hyphen"));
    }
    static const QRegularExpression numeric(QStringLiteral("^[0-9]+$"));
    if (numeric.match(labels.last()).hasMatch())
        return failed<QString>(tr("“%1” ends in a number, not a top-level domain").arg(domain), example);
    return passed(ascii);
}

FieldCheck<QString> FieldRules::email(const QString& text)
{
    const QString email = text.trimmed();
    const QString fix = tr("enter an address like ivan@example.ru");
    if (email.isEmpty())
        return failed<QString>(tr("is empty"), fix);
    const qsizetype at = email.lastIndexOf(u'@');
    if (at <= 0 || at == email.size() - 1)
        return failed<QString>(tr("“%1” is not an email address").arg(email), fix);
    const QString local = email.left(at);
    static const QRegularExpression atom(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    if (local.size() > 64 || !atom.match(local).hasMatch())
        return failed<QString>(
            tr("the part before “@” in “%1” is not valid").arg(email),
            tr("use Latin letters, digits and . _ + - before “@”, e.g. ivan.petrov@example.ru"));
    const FieldCheck<QString> domainCheck = domain(email.mid(at + 1));
    if (!domainCheck.ok())
        return failed<QString>(tr("the domain of “%1” is not valid: %2").arg(email, domainCheck.problem),
                               fix);
    return passed(local + u'@' + domainCheck.value);
}

FieldCheck<QString> FieldRules::phone(const QString& text)
{
    const QString fix = tr("enter the number with + and the country code, e.g. +7 912 345-67-89");
    QString digits;
    bool plus = false;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return failed<QString>(tr("is empty"), fix);
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar ch = trimmed.at(i);
        if (ch.isDigit() && ch.unicode() < 128)
            digits += ch;
        else if (ch == u'+' && i == 0)
            plus = true;
        else if (!(ch.isSpace() || ch == u'(' || ch == u')' || ch == u'-' || ch == u'.'))
            return failed<QString>(tr("contains “%1”, which a phone number cannot have").arg(ch), fix);
    }
    if (!plus && digits.startsWith(QStringLiteral("00"))) {
        digits = digits.mid(2);
        plus = true;
    }
    if (!plus)
        return failed<QString>(tr("“%1” has no country code").arg(trimmed), fix);
    if (digits.size() < 7 || digits.size() > 15 || digits.startsWith(u'0'))
        return failed<QString>(
            tr("“%1” is not an international number (7 to 15 digits after +)").arg(trimmed), fix);
    return passed(u'+' + digits);
}

FieldCheck<QString> FieldRules::fullName(const QString& text)
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return failed<QString>(tr("is empty"), tr("enter the administrator's full name, e.g. Ivan Petrov"));
    if (name.size() > 200)
        return failed<QString>(tr("is longer than 200 characters"), tr("shorten the name"));
    const QString control = firstControlCharacter(name);
    if (!control.isEmpty())
        return failed<QString>(tr("contains the control character %1").arg(control),
                               tr("retype the name on one line"));
    return passed(name);
}

FieldCheck<QString> FieldRules::company(const QString& text)
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return failed<QString>(tr("is empty"), tr("enter the client's company name, e.g. OOO Romashka"));
    if (name.size() > 255)
        return failed<QString>(tr("is longer than 255 characters"), tr("shorten the company name"));
    const QString control = firstControlCharacter(name);
    if (!control.isEmpty())
        return failed<QString>(tr("contains the control character %1").arg(control),
                               tr("retype the company name on one line"));
    return passed(name);
}

FieldCheck<QString> FieldRules::password(const QString& text)
{
    const QString fix =
        tr("use at least 12 characters with an upper-case letter, a lower-case letter, a digit and "
           "a special character, or let KKT Deploy generate one");
    const auto codePoints = text.toUcs4();
    if (codePoints.size() < 12)
        return failed<QString>(tr("is shorter than 12 characters"), fix);
    if (text.toUtf8().size() > 72)
        return failed<QString>(tr("is longer than 72 bytes, the most a bcrypt hash can use"),
                               tr("shorten the password"));
    if (!firstControlCharacter(text).isEmpty())
        return failed<QString>(tr("contains a control character"), fix);
    bool upper = false, lower = false, digit = false, special = false;
    for (QChar ch : text) {
        upper |= ch.isUpper();
        lower |= ch.isLower();
        digit |= ch.isDigit();
        special |= !ch.isLetterOrNumber() && !ch.isSpace();
    }
    QStringList missing;
    if (!upper)
        missing << tr("an upper-case letter");
    if (!lower)
        missing << tr("a lower-case letter");
    if (!digit)
        missing << tr("a digit");
    if (!special)
        missing << tr("a special character");
    if (!missing.isEmpty())
        return failed<QString>(tr("has no %1").arg(missing.join(QStringLiteral(", "))), fix);
    return passed(text);
}

FieldCheck<QString> FieldRules::botToken(const QString& text)
{
    const QString token = text.trimmed();
    const QString fix =
        tr("copy the whole token BotFather sent, e.g. 123456789:AA… (digits, a colon, 35 characters)");
    if (token.isEmpty())
        return failed<QString>(tr("is empty"), fix);
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,20}:[A-Za-z0-9_-]{35}$"));
    if (!re.match(token).hasMatch())
        return failed<QString>(tr("does not have the form of a bot token"), fix);
    return passed(token);
}

FieldCheck<qint64> FieldRules::telegramId(const QString& text)
{
    const QString id = text.trimmed();
    const QString fix =
        tr("enter the numeric user ID (the user can get it from @userinfobot), e.g. 123456789");
    if (id.isEmpty())
        return failed<qint64>(tr("is empty"), fix);
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,16}$"));
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    if (!digits.match(id).hasMatch() || !ok || value <= 0 || value > maxTelegramId)
        return failed<qint64>(tr("“%1” is not a Telegram user ID (a positive whole number)").arg(id), fix);
    return passed(value);
}

FieldCheck<QList<qint64>> FieldRules::telegramIds(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return failed<QList<qint64>>(tr("has no IDs"),
                                     tr("add at least one administrator's Telegram user ID"));
    for (qint64 id : ids) {
        if (id <= 0 || id > maxTelegramId)
            return failed<QList<qint64>>(tr("%1 is not a Telegram user ID (a positive whole number)").arg(id),
                                         tr("remove it and enter the numeric user ID, e.g. 123456789"));
    }
    return passed(withoutDuplicates(ids));
}

FieldCheck<QString> FieldRules::time(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
    const QString trimmed = text.trimmed();
    const auto match = re.match(trimmed);
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (!match.hasMatch() || hours > 23 || minutes > 59)
        return failed<QString>(trimmed.isEmpty() ? tr("is empty")
                                                 : tr("“%1” is not a time of day").arg(trimmed),
                               tr("write hours and minutes as HH:MM, from 00:00 to 23:59, e.g. 09:00"));
    return passed(QStringLiteral("%1:%2").arg(hours, 2, 10, QChar(u'0')).arg(minutes, 2, 10, QChar(u'0')));
}

FieldCheck<QString> FieldRules::timezone(const QString& text)
{
    const QString zone = text.trimmed();
    const QString fix = tr("choose a zone from the IANA list, e.g. Europe/Moscow");
    if (zone.isEmpty())
        return failed<QString>(tr("is empty"), fix);
    // Qt also knows offset names such as "UTC+03:00"; the server needs a real IANA zone.
    static const QRegularExpression iana(QStringLiteral("^(UTC|[A-Za-z_]+(/[A-Za-z0-9_+-]+)+)$"));
    if (!iana.match(zone).hasMatch() || !QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        return failed<QString>(tr("“%1” is not a known time zone").arg(zone), fix);
    return passed(zone);
}

FieldCheck<QList<int>> FieldRules::alertDays(const QList<int>& days)
{
    const QString fix = tr("enter whole numbers of days from 1 to 365, e.g. 14, 7, 3");
    if (days.isEmpty())
        return failed<QList<int>>(tr("has no values"), fix);
    for (int d : days) {
        if (d < 1 || d > 365)
            return failed<QList<int>>(tr("%1 is outside 1–365 days").arg(d), fix);
    }
    QList<int> sorted = withoutDuplicates(days);
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    return passed(sorted);
}

FieldCheck<QList<int>> FieldRules::alertDaysText(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QList<int> days;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int d = part.toInt(&ok);
        if (!ok)
            return failed<QList<int>>(tr("“%1” is not a whole number").arg(part),
                                      tr("enter whole numbers of days from 1 to 365, e.g. 14, 7, 3"));
        days << d;
    }
    return alertDays(days);
}

FieldCheck<int> FieldRules::retentionDays(int days)
{
    if (days < 1 || days > 365)
        return failed<int>(tr("%1 is outside 1–365 days").arg(days),
                           tr("keep backups for 1 to 365 days, e.g. 7"));
    return passed(days);
}

FieldCheck<QString> FieldRules::releaseTag(const QString& text)
{
    const QString tag = text.trimmed();
    static const QRegularExpression re(
        QStringLiteral("^v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"));
    if (!re.match(tag).hasMatch())
        return failed<QString>(tag.isEmpty() ? tr("is empty") : tr("“%1” is not a release version").arg(tag),
                               tr("enter a version such as v1.0.1 or 1.0.1-test"));
    return passed(tag);
}

FieldCheck<QString> FieldRules::releaseFile(const QString& path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty())
        return failed<QString>(tr("is empty"), tr("choose the release archive, e.g. kkt-app-v1.0.0.tar.gz"));
    const QFileInfo info(expandHome(trimmed));
    if (!info.isFile() || !info.isReadable())
        return failed<QString>(tr("“%1” does not exist or cannot be read").arg(trimmed),
                               tr("choose an existing release archive that you can read"));
    return passed(trimmed);
}

FieldCheck<QString> FieldRules::releaseChecksums(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QString fix =
        tr("choose the release's checksums.txt or paste the archive's SHA-256 (64 hex digits)");
    if (trimmed.isEmpty())
        return failed<QString>(tr("is empty; a release is never deployed without a checksum"), fix);
    static const QRegularExpression sha256(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (sha256.match(trimmed).hasMatch())
        return passed(trimmed.toLower());
    const QFileInfo info(expandHome(trimmed));
    if (!info.isFile() || !info.isReadable())
        return failed<QString>(tr("“%1” is neither a SHA-256 nor a readable file").arg(trimmed), fix);
    return passed(trimmed);
}

FieldCheck<QString> FieldRules::tlsFile(const QString& path, bool key)
{
    const QString trimmed = path.trimmed();
    const QString fix =
        key ? tr("choose the certificate's private key file (PEM) on this computer; KKT Deploy "
                 "uploads it to the server, readable by root only")
            : tr("choose the certificate file (PEM, with its chain) on this computer; KKT Deploy "
                 "uploads it to the server");
    if (trimmed.isEmpty())
        return failed<QString>(tr("is empty"), fix);
    const QFileInfo info(expandHome(trimmed));
    if (!info.isFile() || !info.isReadable())
        return failed<QString>(tr("“%1” does not exist or cannot be read").arg(trimmed), fix);
    return passed(trimmed);
}

FieldCheck<QString> FieldRules::profileFile(const QString& path)
{
    const QString trimmed = path.trimmed();
    const QFileInfo info(expandHome(trimmed));
    if (!info.isFile() || !info.isReadable())
        return failed<QString>(
            tr("“%1” does not exist or cannot be read").arg(trimmed),
            tr("choose an existing payload profile (.json), or leave it empty for KKT 1.0"));
    return passed(trimmed);
}

FieldCheck<bool> FieldRules::plainHttp(bool production, bool noTls, bool acknowledged)
{
    if (production && noTls && !acknowledged)
        return failed<bool>(tr("is “none”, and a production site without TLS sends passwords in the clear"),
                            tr("choose Let's Encrypt or an existing certificate, or acknowledge plain HTTP "
                               "explicitly (\"acceptNoTls\": true in the file)"));
    return passed(acknowledged);
}

QString FieldRules::unicodeDomain(const QString& domain)
{
    if (!domain.contains(QStringLiteral("xn--"), Qt::CaseInsensitive))
        return domain;
    const QString unicode = QUrl::fromAce(domain.trimmed().toLatin1(), QUrl::IgnoreIDNWhitelist);
    return unicode.isEmpty() ? domain : unicode;
}

QString FieldRules::displayDomain(const QString& domain)
{
    const QString ascii = QString::fromLatin1(QUrl::toAce(domain.trimmed()));
    const QString unicode = unicodeDomain(ascii);
    if (ascii.isEmpty() || unicode.compare(ascii, Qt::CaseInsensitive) == 0)
        return domain;
    return QStringLiteral("%1 (%2)").arg(unicode, ascii);
}
