#include "core/FieldRules.h"

#include <QTemporaryDir>
#include <QTest>

// Every field: valid values (with their normalised form) and invalid ones, boundaries included.
class TestFieldRules : public QObject
{
    Q_OBJECT

private:
    template <typename T>
    static void checkText(FieldCheck<T> (*rule)(const QString&))
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, expected);
        const auto check = rule(input);
        QCOMPARE(check.ok(), valid);
        if (valid) {
            QCOMPARE(QVariant::fromValue(check.value).toString(), expected);
        } else {
            QVERIFY(!check.problem.isEmpty());
            QVERIFY(!check.fix.isEmpty());
        }
    }

    static void columns()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("expected");
    }
    static void good(const char* name, const QString& input, const QString& expected)
    {
        QTest::newRow(name) << input << true << expected;
    }
    static void bad(const char* name, const QString& input)
    {
        QTest::newRow(name) << input << false << QString();
    }

private slots:
    void host_data()
    {
        columns();
        good("ipv4", QStringLiteral("203.0.113.10"), QStringLiteral("203.0.113.10"));
        good("ipv4 edges", QStringLiteral("0.0.0.0"), QStringLiteral("0.0.0.0"));
        good("ipv4 max", QStringLiteral("255.255.255.255"), QStringLiteral("255.255.255.255"));
        good("spaces trimmed", QStringLiteral("  10.1.2.3 "), QStringLiteral("10.1.2.3"));
        good("ipv6", QStringLiteral("2001:DB8::10"), QStringLiteral("2001:db8::10"));
        good("ipv6 brackets", QStringLiteral("[::1]"), QStringLiteral("::1"));
        good("dns", QStringLiteral("VDS1.Example.ru"), QStringLiteral("vds1.example.ru"));
        good("ssh alias", QStringLiteral("client-prod"), QStringLiteral("client-prod"));
        good("idn", QStringLiteral("сервер.пример.рф"),
             QStringLiteral("xn--b1afb6bcb.xn--e1afmkfd.xn--p1ai"));
        bad("empty", QString());
        bad("octet 256", QStringLiteral("256.1.1.1"));
        bad("three octets", QStringLiteral("1.2.3"));
        bad("leading zero", QStringLiteral("01.2.3.4"));
        bad("bad ipv6", QStringLiteral("2001:db8:::1"));
        bad("underscore", QStringLiteral("my_host.example.ru"));
        bad("leading hyphen", QStringLiteral("-host.example.ru"));
        bad("space inside", QStringLiteral("my host"));
        bad("shell", QStringLiteral("host;rm -rf /"));
        bad("label 64", QString(64, u'a') + QStringLiteral(".ru"));
    }
    void host() { checkText(&FieldRules::host); }

    void port()
    {
        QVERIFY(FieldRules::port(1).ok());
        QVERIFY(FieldRules::port(22).ok());
        QVERIFY(FieldRules::port(65535).ok());
        QVERIFY(!FieldRules::port(0).ok());
        QVERIFY(!FieldRules::port(65536).ok());
        QVERIFY(!FieldRules::port(-22).ok());
    }

    void sshUser_data()
    {
        columns();
        good("root", QStringLiteral("root"), QStringLiteral("root"));
        good("deploy user", QStringLiteral("deploy_user.1-x"), QStringLiteral("deploy_user.1-x"));
        good("32 chars", QString(32, u'a'), QString(32, u'a'));
        bad("33 chars", QString(33, u'a'));
        bad("empty", QString());
        bad("leading hyphen", QStringLiteral("-oProxyCommand"));
        bad("leading digit", QStringLiteral("1user"));
        bad("cyrillic", QStringLiteral("админ"));
        bad("space", QStringLiteral("a b"));
        bad("at sign", QStringLiteral("root@host"));
    }
    void sshUser() { checkText(&FieldRules::sshUser); }

    void identityFile()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("id_ed25519"));
        QFile file(key);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("key");
        file.close();
        QVERIFY(FieldRules::identityFile(key).ok());
        QVERIFY(!FieldRules::identityFile(QString()).ok());
        QVERIFY(!FieldRules::identityFile(dir.filePath(QStringLiteral("missing"))).ok());
        QVERIFY(!FieldRules::identityFile(dir.path()).ok()); // a folder is not a key
    }

    void domain_data()
    {
        columns();
        good("plain", QStringLiteral("kkt.example.ru"), QStringLiteral("kkt.example.ru"));
        good("upper case", QStringLiteral("KKT.Example.RU"), QStringLiteral("kkt.example.ru"));
        good("trailing dot", QStringLiteral("kkt.example.ru."), QStringLiteral("kkt.example.ru"));
        good("cyrillic rf", QStringLiteral("кассы.рф"), QStringLiteral("xn--80atwa4c.xn--p1ai"));
        good("cyrillic sub", QStringLiteral("учет.ромашка.рф"),
             QStringLiteral("xn--e1a0abq.xn--80aa3agjl3d.xn--p1ai"));
        good("punycode given", QStringLiteral("xn--80atwa4c.xn--p1ai"),
             QStringLiteral("xn--80atwa4c.xn--p1ai"));
        good("label 63", QString(63, u'a') + QStringLiteral(".ru"),
             QString(63, u'a') + QStringLiteral(".ru"));
        good("hyphen inside", QStringLiteral("my-kkt.example.ru"), QStringLiteral("my-kkt.example.ru"));
        bad("empty", QString());
        bad("single label", QStringLiteral("localhost"));
        bad("ip", QStringLiteral("203.0.113.10"));
        bad("numeric tld", QStringLiteral("example.123"));
        bad("label 64", QString(64, u'a') + QStringLiteral(".ru"));
        bad("too long", QString(60, u'a') + u'.' + QString(60, u'b') + u'.' + QString(60, u'c') + u'.' +
                            QString(60, u'd') + u'.' + QString(10, u'e') + QStringLiteral(".ru"));
        bad("trailing hyphen", QStringLiteral("kkt-.example.ru"));
        bad("underscore", QStringLiteral("k_kt.example.ru"));
        bad("empty label", QStringLiteral("kkt..example.ru"));
        bad("scheme", QStringLiteral("https://kkt.example.ru"));
        bad("space", QStringLiteral("kkt example.ru"));
    }
    void domain() { checkText(&FieldRules::domain); }

    void hyphenPositionIsNamed()
    {
        for (const QString& name :
             {QStringLiteral("-bad-.ru"), QStringLiteral("kkt-.example.ru"), QStringLiteral("-кассы.рф")}) {
            const FieldCheck<QString> check = FieldRules::domain(name);
            QVERIFY2(check.problem.contains(QStringLiteral("starts or ends with a hyphen")),
                     qPrintable(check.problem));
            QVERIFY(!check.problem.contains(QStringLiteral("characters")));
            QVERIFY(check.fix.contains(QStringLiteral("between letters or digits")));
        }
    }

    void internationalDomainsAreShownInUnicode()
    {
        QCOMPARE(FieldRules::displayDomain(QStringLiteral("xn--80atwa4c.xn--p1ai")),
                 QStringLiteral("кассы.рф (xn--80atwa4c.xn--p1ai)"));
        QCOMPARE(FieldRules::displayDomain(QStringLiteral("кассы.рф")),
                 QStringLiteral("кассы.рф (xn--80atwa4c.xn--p1ai)"));
        QCOMPARE(FieldRules::displayDomain(QStringLiteral("kkt.example.ru")),
                 QStringLiteral("kkt.example.ru"));
        QCOMPARE(FieldRules::unicodeDomain(QStringLiteral("xn--80atwa4c.xn--p1ai")),
                 QStringLiteral("кассы.рф"));
        QCOMPARE(FieldRules::unicodeDomain(QStringLiteral("kkt.example.ru")),
                 QStringLiteral("kkt.example.ru"));
        QCOMPARE(FieldRules::displayDomain(QString()), QString());
    }

    void plainHttpNeedsAcknowledgementInProduction()
    {
        QVERIFY(!FieldRules::plainHttp(true, true, false).ok());
        QVERIFY(FieldRules::plainHttp(true, true, true).ok());
        QVERIFY(FieldRules::plainHttp(false, true, false).ok());
        QVERIFY(FieldRules::plainHttp(true, false, false).ok());
        QVERIFY(FieldRules::plainHttp(true, true, false).problem.contains(QStringLiteral("in the clear")));
    }

    void email_data()
    {
        columns();
        good("plain", QStringLiteral("ivan@example.ru"), QStringLiteral("ivan@example.ru"));
        good("plus and dots", QStringLiteral("ivan.petrov+kkt@Mail.Example.ru"),
             QStringLiteral("ivan.petrov+kkt@mail.example.ru"));
        good("idn domain", QStringLiteral("ivan@пример.рф"), QStringLiteral("ivan@xn--e1afmkfd.xn--p1ai"));
        good("apostrophe", QStringLiteral("o'brien@example.com"), QStringLiteral("o'brien@example.com"));
        bad("empty", QString());
        bad("no at", QStringLiteral("ivan.example.ru"));
        bad("no domain", QStringLiteral("ivan@"));
        bad("no local", QStringLiteral("@example.ru"));
        bad("single label domain", QStringLiteral("ivan@localhost"));
        bad("double dot", QStringLiteral("ivan..petrov@example.ru"));
        bad("space", QStringLiteral("ivan petrov@example.ru"));
        bad("cyrillic local", QStringLiteral("иван@example.ru"));
        bad("local 65", QString(65, u'a') + QStringLiteral("@example.ru"));
    }
    void email() { checkText(&FieldRules::email); }

    void phone_data()
    {
        columns();
        good("plain", QStringLiteral("+79123456789"), QStringLiteral("+79123456789"));
        good("formatted", QStringLiteral("+7 (912) 345-67-89"), QStringLiteral("+79123456789"));
        good("dots", QStringLiteral("+49.30.1234567"), QStringLiteral("+49301234567"));
        good("00 prefix", QStringLiteral("00 44 20 7946 0958"), QStringLiteral("+442079460958"));
        good("7 digits", QStringLiteral("+1234567"), QStringLiteral("+1234567"));
        good("15 digits", QStringLiteral("+123456789012345"), QStringLiteral("+123456789012345"));
        bad("empty", QString());
        bad("no country code", QStringLiteral("8 (912) 345-67-89"));
        bad("6 digits", QStringLiteral("+123456"));
        bad("16 digits", QStringLiteral("+1234567890123456"));
        bad("letters", QStringLiteral("+7 912 CALL-ME"));
        bad("plus inside", QStringLiteral("7+9123456789"));
        bad("zero country", QStringLiteral("+0123456789"));
    }
    void phone() { checkText(&FieldRules::phone); }

    void names_data()
    {
        columns();
        good("plain", QStringLiteral("Ivan Petrov"), QStringLiteral("Ivan Petrov"));
        good("cyrillic", QStringLiteral("Иван Петров"), QStringLiteral("Иван Петров"));
        good("injection kept", QStringLiteral("O'Brien \"$(rm -rf /)\" `id`; DROP TABLE users;--"),
             QStringLiteral("O'Brien \"$(rm -rf /)\" `id`; DROP TABLE users;--"));
        good("trimmed", QStringLiteral("  ООО «Ромашка»  "), QStringLiteral("ООО «Ромашка»"));
        bad("empty", QString());
        bad("blank", QStringLiteral("   "));
        bad("newline", QStringLiteral("Ivan\nPetrov"));
        bad("nul", QStringLiteral("Ivan") + QChar(u'\0') + QStringLiteral("Petrov"));
        bad("escape", QStringLiteral("Ivan\x1b[31m"));
    }
    void names()
    {
        checkText(&FieldRules::fullName);
        checkText(&FieldRules::company);
    }

    void lengthLimits()
    {
        QVERIFY(FieldRules::fullName(QString(200, u'a')).ok());
        QVERIFY(!FieldRules::fullName(QString(201, u'a')).ok());
        QVERIFY(FieldRules::company(QString(255, u'a')).ok());
        QVERIFY(!FieldRules::company(QString(256, u'a')).ok());
    }

    void password_data()
    {
        columns();
        good("exactly 12", QStringLiteral("Abcdefgh1!xy"), QStringLiteral("Abcdefgh1!xy"));
        good("cyrillic letters", QStringLiteral("Пароль-надёжный1"), QStringLiteral("Пароль-надёжный1"));
        good("72 bytes", QStringLiteral("Aa1!") + QString(68, u'x'),
             QStringLiteral("Aa1!") + QString(68, u'x'));
        bad("11 chars", QStringLiteral("Abcdefg1!xy"));
        bad("no upper", QStringLiteral("abcdefgh1!xy"));
        bad("no lower", QStringLiteral("ABCDEFGH1!XY"));
        bad("no digit", QStringLiteral("Abcdefghi!xy"));
        bad("no special", QStringLiteral("Abcdefgh12xy"));
        bad("73 bytes", QStringLiteral("Aa1!") + QString(69, u'x'));
        bad("control", QStringLiteral("Abcdefgh1!x\ty"));
    }
    void password() { checkText(&FieldRules::password); }

    void passwordMessagesNeverEchoTheSecret()
    {
        const QString secret = QStringLiteral("sentinel-pass");
        const auto check = FieldRules::password(secret);
        QVERIFY(!check.ok());
        QVERIFY(!check.problem.contains(secret));
        QVERIFY(!check.fix.contains(secret));
        const QString token = QStringLiteral("123:short-token-sentinel");
        const auto tokenCheck = FieldRules::botToken(token);
        QVERIFY(!tokenCheck.ok());
        QVERIFY(!tokenCheck.problem.contains(token) && !tokenCheck.fix.contains(token));
    }

    void botToken_data()
    {
        columns();
        const QString tail = QStringLiteral("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsa-_");
        good("valid", QStringLiteral("123456789:") + tail, QStringLiteral("123456789:") + tail);
        good("trimmed", QStringLiteral(" 1:") + tail + u' ', QStringLiteral("1:") + tail);
        bad("empty", QString());
        bad("34 chars", QStringLiteral("123456789:") + tail.left(34));
        bad("36 chars", QStringLiteral("123456789:") + tail + u'x');
        bad("no digits", QStringLiteral(":") + tail);
        bad("letters in id", QStringLiteral("12a:") + tail);
        bad("bad char", QStringLiteral("123456789:") + tail.left(34) + u'!');
    }
    void botToken() { checkText(&FieldRules::botToken); }

    void telegramId_data()
    {
        columns();
        good("plain", QStringLiteral("123456789"), QStringLiteral("123456789"));
        good("one", QStringLiteral("1"), QStringLiteral("1"));
        good("max", QString::number(FieldRules::maxTelegramId), QString::number(FieldRules::maxTelegramId));
        bad("zero", QStringLiteral("0"));
        bad("negative", QStringLiteral("-100123"));
        bad("over max", QString::number(FieldRules::maxTelegramId + 1));
        bad("username", QStringLiteral("@ivan"));
        bad("decimal", QStringLiteral("12.5"));
        bad("empty", QString());
    }
    void telegramId() { checkText(&FieldRules::telegramId); }

    void telegramIds()
    {
        const auto check = FieldRules::telegramIds({5, 3, 5, 7, 3});
        QVERIFY(check.ok());
        QCOMPARE(check.value, (QList<qint64>{5, 3, 7}));
        QVERIFY(!FieldRules::telegramIds({}).ok());
        QVERIFY(!FieldRules::telegramIds({5, 0}).ok());
        QVERIFY(!FieldRules::telegramIds({-5}).ok());
    }

    void time_data()
    {
        columns();
        good("morning", QStringLiteral("09:00"), QStringLiteral("09:00"));
        good("midnight", QStringLiteral("00:00"), QStringLiteral("00:00"));
        good("last minute", QStringLiteral("23:59"), QStringLiteral("23:59"));
        good("one digit hour", QStringLiteral("9:05"), QStringLiteral("09:05"));
        bad("24:00", QStringLiteral("24:00"));
        bad("minute 60", QStringLiteral("12:60"));
        bad("no colon", QStringLiteral("0900"));
        bad("seconds", QStringLiteral("09:00:00"));
        bad("am pm", QStringLiteral("9am"));
        bad("empty", QString());
    }
    void time() { checkText(&FieldRules::time); }

    void timezone_data()
    {
        columns();
        good("moscow", QStringLiteral("Europe/Moscow"), QStringLiteral("Europe/Moscow"));
        good("three parts", QStringLiteral("America/Argentina/Buenos_Aires"),
             QStringLiteral("America/Argentina/Buenos_Aires"));
        good("utc", QStringLiteral("UTC"), QStringLiteral("UTC"));
        bad("unknown", QStringLiteral("Mars/Olympus_Mons"));
        bad("offset", QStringLiteral("UTC+03:00"));
        bad("abbreviation", QStringLiteral("MSK"));
        bad("empty", QString());
    }
    void timezone() { checkText(&FieldRules::timezone); }

    void alertDays()
    {
        auto check = FieldRules::alertDays({3, 14, 7, 7});
        QVERIFY(check.ok());
        QCOMPARE(check.value, (QList<int>{14, 7, 3}));
        QVERIFY(FieldRules::alertDays({1, 365}).ok());
        QVERIFY(!FieldRules::alertDays({}).ok());
        QVERIFY(!FieldRules::alertDays({0}).ok());
        QVERIFY(!FieldRules::alertDays({366}).ok());
        QVERIFY(!FieldRules::alertDays({-1, 7}).ok());

        check = FieldRules::alertDaysText(QStringLiteral(" 3, 14 ;7  30"));
        QVERIFY(check.ok());
        QCOMPARE(check.value, (QList<int>{30, 14, 7, 3}));
        QVERIFY(!FieldRules::alertDaysText(QStringLiteral("14, seven")).ok());
        QVERIFY(!FieldRules::alertDaysText(QString()).ok());
    }

    void retention()
    {
        QVERIFY(FieldRules::retentionDays(1).ok());
        QVERIFY(FieldRules::retentionDays(365).ok());
        QVERIFY(!FieldRules::retentionDays(0).ok());
        QVERIFY(!FieldRules::retentionDays(366).ok());
    }

    void release()
    {
        QVERIFY(FieldRules::releaseTag(QStringLiteral("v1.0.1")).ok());
        QVERIFY(FieldRules::releaseTag(QStringLiteral("1.0.1-test")).ok());
        QVERIFY(!FieldRules::releaseTag(QStringLiteral("latest")).ok());
        QVERIFY(!FieldRules::releaseTag(QString()).ok());

        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("kkt-app-v1.0.0.tar.gz"));
        QFile file(archive);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(FieldRules::releaseFile(archive).ok());
        QVERIFY(!FieldRules::releaseFile(dir.filePath(QStringLiteral("missing.tar.gz"))).ok());
        QVERIFY(FieldRules::releaseChecksums(archive).ok());
        const auto sha = FieldRules::releaseChecksums(QString(64, u'A'));
        QVERIFY(sha.ok());
        QCOMPARE(sha.value, QString(64, u'a'));
        QVERIFY(!FieldRules::releaseChecksums(QString(63, u'a')).ok());
        QVERIFY(!FieldRules::releaseChecksums(QString()).ok());
    }
};

QTEST_GUILESS_MAIN(TestFieldRules)
#include "TestFieldRules.moc"
