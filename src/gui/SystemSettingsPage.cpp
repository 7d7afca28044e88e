#include "SystemSettingsPage.h"

#include "FileDialogs.h"
#include "ReleasePicker.h"

#include "ui_SystemSettingsPage.h"

#include <QCompleter>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

SystemSettingsPage::SystemSettingsPage(DeploymentConfig* config, DeploymentSecrets* secrets, QWidget* parent)
    : DeploymentPage(config, secrets, parent)
    , m_ui(new Ui::SystemSettingsPage)
    , m_releasePicker(new ReleasePicker)
{
    m_ui->setupUi(this);
    m_ui->releasePickerLayout->addWidget(m_releasePicker);
    connect(m_releasePicker, &ReleasePicker::tagChosen, this, [this](const QString& tag) {
        m_ui->releaseTagEdit->setText(tag);
        m_ui->tagReleaseRadio->setChecked(true);
        touch(m_ui->releaseTagEdit);
        refresh();
    });
    connect(m_releasePicker, &ReleasePicker::releaseVerified, this, &SystemSettingsPage::releaseVerified);
    fillTimezones();
    for (QLabel* message :
         {m_ui->notificationTimeError, m_ui->timezoneError, m_ui->alertDaysError, m_ui->backupTimeError,
          m_ui->retentionError, m_ui->releaseTagError, m_ui->releaseFileError, m_ui->checksumsError})
        setUpMessage(message);
    for (QLineEdit* edit : {m_ui->notificationTimeEdit, m_ui->alertDaysEdit, m_ui->backupTimeEdit,
                            m_ui->releaseTagEdit, m_ui->releaseFileEdit, m_ui->checksumsEdit})
        watch(edit);
    watch(m_ui->timezoneCombo);
    watch(m_ui->retentionSpin);
    for (QRadioButton* radio : {m_ui->latestReleaseRadio, m_ui->tagReleaseRadio, m_ui->fileReleaseRadio}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool checked) {
            if (checked)
                refresh();
        });
    }
    connect(m_ui->browseReleaseFileButton, &QPushButton::clicked, this, [this] {
        browse(m_ui->releaseFileEdit, tr("Choose the release archive"),
               tr("Release archives (*.tar.gz);;All files (*)"));
    });
    connect(m_ui->browseChecksumsButton, &QPushButton::clicked, this, [this] {
        browse(m_ui->checksumsEdit, tr("Choose the release’s checksums file"),
               tr("Checksum files (*.txt *.sha256);;All files (*)"));
    });
    load(false);
}

SystemSettingsPage::~SystemSettingsPage() = default;

void SystemSettingsPage::fillTimezones()
{
    // Only real IANA zones: the server needs a name timedatectl knows, not Qt's "UTC+03:00".
    QStringList zones;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        const QString zone = QString::fromUtf8(id);
        if (FieldRules::timezone(zone).ok())
            zones << zone;
    }
    m_ui->timezoneCombo->addItems(zones);
    auto* completer = new QCompleter(zones, m_ui->timezoneCombo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->timezoneCombo->setCompleter(completer);
}

ReleaseSource SystemSettingsPage::selectedSource() const
{
    if (m_ui->tagReleaseRadio->isChecked())
        return ReleaseSource::Tag;
    if (m_ui->fileReleaseRadio->isChecked())
        return ReleaseSource::File;
    return ReleaseSource::Latest;
}

void SystemSettingsPage::browse(QLineEdit* edit, const QString& caption, const QString& filter)
{
    const QString current = edit->text().trimmed();
    const QString path = FileDialogs::openFileName(
        this, caption, current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(), filter);
    if (path.isEmpty())
        return;
    edit->setText(path);
    touch(edit);
    refresh();
}

void SystemSettingsPage::loadFields()
{
    const SystemSettings& settings = config().settings;
    m_ui->notificationTimeEdit->setText(settings.notificationTime);
    m_ui->timezoneCombo->setCurrentIndex(m_ui->timezoneCombo->findText(settings.timezone));
    m_ui->timezoneCombo->setEditText(settings.timezone);
    QStringList days;
    for (int d : settings.alertDays)
        days << QString::number(d);
    m_ui->alertDaysEdit->setText(days.join(QStringLiteral(", ")));
    m_ui->backupTimeEdit->setText(settings.backupTime);
    m_ui->retentionSpin->setValue(settings.backupRetentionDays);

    const ReleaseChoice& release = config().release;
    m_ui->latestReleaseRadio->setChecked(release.source == ReleaseSource::Latest);
    m_ui->tagReleaseRadio->setChecked(release.source == ReleaseSource::Tag);
    m_ui->fileReleaseRadio->setChecked(release.source == ReleaseSource::File);
    m_ui->releaseTagEdit->setText(release.tag);
    m_ui->releaseFileEdit->setText(release.path);
    m_ui->checksumsEdit->setText(release.checksums);
}

void SystemSettingsPage::refresh()
{
    if (isLoading())
        return;
    SystemSettings& settings = config().settings;
    bool ok = true;
    const auto notification = FieldRules::time(m_ui->notificationTimeEdit->text());
    ok &= report(notification, m_ui->notificationTimeEdit, m_ui->notificationTimeError,
                 tr("Notification time"));
    settings.notificationTime = notification.ok() ? notification.value : m_ui->notificationTimeEdit->text();

    const auto zone = FieldRules::timezone(m_ui->timezoneCombo->currentText());
    ok &= report(zone, m_ui->timezoneCombo, m_ui->timezoneError, tr("Time zone"));
    settings.timezone = zone.ok() ? zone.value : m_ui->timezoneCombo->currentText();

    const auto days = FieldRules::alertDaysText(m_ui->alertDaysEdit->text());
    ok &= report(days, m_ui->alertDaysEdit, m_ui->alertDaysError, tr("Alert days"));
    if (days.ok())
        settings.alertDays = days.value;

    const auto backup = FieldRules::time(m_ui->backupTimeEdit->text());
    ok &= report(backup, m_ui->backupTimeEdit, m_ui->backupTimeError, tr("Backup time"));
    settings.backupTime = backup.ok() ? backup.value : m_ui->backupTimeEdit->text();

    settings.backupRetentionDays = m_ui->retentionSpin->value();
    ok &= report(FieldRules::retentionDays(settings.backupRetentionDays), m_ui->retentionSpin,
                 m_ui->retentionError, tr("Backup retention"));

    ReleaseChoice& release = config().release;
    release.source = selectedSource();
    const bool tag = release.source == ReleaseSource::Tag;
    const bool file = release.source == ReleaseSource::File;
    m_ui->releaseTagEdit->setEnabled(tag);
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->releaseFileEdit), static_cast<QWidget*>(m_ui->browseReleaseFileButton),
          static_cast<QWidget*>(m_ui->checksumsLabel), static_cast<QWidget*>(m_ui->checksumsEdit),
          static_cast<QWidget*>(m_ui->browseChecksumsButton)})
        w->setEnabled(file);
    release.tag = m_ui->releaseTagEdit->text().trimmed();
    release.path = m_ui->releaseFileEdit->text().trimmed();
    release.checksums = m_ui->checksumsEdit->text().trimmed();
    if (tag) {
        ok &= report(FieldRules::releaseTag(release.tag), m_ui->releaseTagEdit, m_ui->releaseTagError,
                     tr("Release tag"));
    } else {
        clearMessage(m_ui->releaseTagError);
    }
    if (file) {
        ok &= report(FieldRules::releaseFile(release.path), m_ui->releaseFileEdit, m_ui->releaseFileError,
                     tr("Release file"));
        const auto checksums = FieldRules::releaseChecksums(release.checksums);
        ok &= report(checksums, m_ui->checksumsEdit, m_ui->checksumsError, tr("Checksums"));
        if (checksums.ok())
            release.checksums = checksums.value;
    } else {
        clearMessage(m_ui->releaseFileError);
        clearMessage(m_ui->checksumsError);
    }
    m_releasePicker->setChoice(release);
    m_releasePicker->setProfile(config().profile);
    setComplete(ok);
}
