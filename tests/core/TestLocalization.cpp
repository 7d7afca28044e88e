#include "core/FieldRules.h"
#include "i18n/Localization.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The Russian translation and the English plural forms are complete and current, and they are
// what the application loads.
class TestLocalization : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        bool finished = false;
    };

    static QList<Message> readTs(const QString& path)
    {
        QList<Message> messages;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return messages;
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name") {
                context = xml.readElementText();
            } else if (xml.name() == u"message") {
                current = {context, {}, false};
            } else if (xml.name() == u"source") {
                current.source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QStringLiteral("vanished") || type == QStringLiteral("obsolete"))
                    continue;
                current.finished = type.isEmpty() && !text.trimmed().isEmpty();
                messages << current;
            }
        }
        return messages;
    }

private slots:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("ts");
        QTest::newRow("ru") << QStringLiteral(KKT_TS_FILE);
        QTest::newRow("en plurals") << QStringLiteral(KKT_EN_TS_FILE);
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, ts);
        const QList<Message> messages = readTs(ts);
        QVERIFY(!messages.isEmpty());
        QStringList missing;
        for (const Message& m : messages) {
            if (!m.finished)
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 unfinished, e.g.\n").arg(missing.size()) +
                                               missing.mid(0, 20).join(u'\n')));
    }

    void translationFileIsCurrent_data()
    {
        QTest::addColumn<QString>("ts");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("ru") << QStringLiteral(KKT_TS_FILE) << QStringList();
        QTest::newRow("en plurals") << QStringLiteral(KKT_EN_TS_FILE)
                                    << QStringList{QStringLiteral("-pluralonly")};
    }

    void translationFileIsCurrent()
    {
        QFETCH(QString, ts);
        QFETCH(QStringList, options);
        // lupdate over today's sources must find nothing the committed file lacks.
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QFileInfo(ts).fileName());
        QProcess lupdate;
        lupdate.start(QStringLiteral(KKT_LUPDATE),
                      options + QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"),
                                            QStringLiteral("none"), QStringLiteral("@" KKT_TR_SOURCES_LIST),
                                            QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(90000));
        QCOMPARE(lupdate.exitCode(), 0);
        QSet<QString> committed;
        for (const Message& m : readTs(ts))
            committed.insert(m.context + u'\x1f' + m.source);
        QStringList stale;
        const QList<Message> current = readTs(fresh);
        QVERIFY(!current.isEmpty());
        for (const Message& m : current) {
            if (!committed.contains(m.context + u'\x1f' + m.source))
                stale << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("run the update_translations target; new texts:\n") +
                            stale.mid(0, 20).join(u'\n')));
    }

    void russianIsLoadedAtRunTime()
    {
        Localization::install(QCoreApplication::instance(), QStringLiteral("ru"));
        const QString problem = FieldRules::port(0).problem;
        QVERIFY2(problem != QStringLiteral("0 is not a TCP port"), qPrintable(problem));
        QVERIFY(problem.contains(u'0'));
    }

    void englishPluralsAndSwitchingBack()
    {
        Localization::install(QCoreApplication::instance(), QStringLiteral("ru"));
        Localization::install(QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(FieldRules::port(0).problem, QStringLiteral("0 is not a TCP port"));
        const char* available = "%n update(s) available";
        QCOMPARE(QCoreApplication::translate("UpdatesTab", available, nullptr, 1),
                 QStringLiteral("1 update available"));
        QCOMPARE(QCoreApplication::translate("UpdatesTab", available, nullptr, 3),
                 QStringLiteral("3 updates available"));
    }
};

QTEST_GUILESS_MAIN(TestLocalization)
#include "TestLocalization.moc"
