#include "ReleasePicker.h"

#include "provisioning/PayloadProfile.h"
#include "releases/ChecksumFile.h"
#include "releases/GitHubReleases.h"
#include "releases/ReleaseCache.h"
#include "releases/ReleaseProvider.h"
#include "secrets/SecretStore.h"

#include "ui_ReleasePicker.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace {

constexpr int releaseRole = Qt::UserRole;

} // namespace

ReleasePicker::ReleasePicker(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::ReleasePicker)
    , m_github(new GitHubReleases(this))
    , m_provider(new ReleaseProvider(this))
{
    m_ui->setupUi(this);
    m_ui->releaseTable->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Room for the header and three releases, shown (empty) from the start: the wizard sizes itself
    // by its pages when one is shown, so a list that appeared later was squeezed to a sliver in which
    // no release could be seen or clicked. (More scroll; three keep the window's height modest.)
    m_ui->releaseTable->setMinimumHeight(m_ui->releaseTable->header()->sizeHint().height() +
                                         3 * (fontMetrics().height() + 6));
    m_ui->releaseListProgress->setVisible(false);
    m_ui->verifyWarningsList->setVisible(false);
    m_ui->verifyResultLabel->setVisible(false);
    m_ui->useReleaseButton->setEnabled(false);
    setVerifying(false);
    connect(m_ui->loadReleasesButton, &QPushButton::clicked, this, &ReleasePicker::loadReleases);
    connect(m_ui->verifyReleaseButton, &QPushButton::clicked, this, &ReleasePicker::verify);
    connect(m_ui->cancelVerifyButton, &QPushButton::clicked, this, &ReleasePicker::cancelVerify);
    connect(m_ui->releaseTable, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_ui->useReleaseButton->setEnabled(!m_ui->releaseTable->selectedItems().isEmpty()); });
    connect(m_ui->useReleaseButton, &QPushButton::clicked, this, [this] {
        const QList<QTreeWidgetItem*> selected = m_ui->releaseTable->selectedItems();
        if (!selected.isEmpty())
            emit tagChosen(selected.first()->text(0));
    });
    connect(&m_watcher, &QFutureWatcher<ReleaseCheck::Result>::finished, this,
            [this] { showCheck(m_watcher.result(), {}); });
    connect(m_provider, &ReleaseProvider::stage, m_ui->verifyResultLabel, &QLabel::setText);
    connect(m_provider, &ReleaseProvider::progress, this, [this](qint64 done, qint64 total) {
        m_ui->verifyProgress->setValue(total > 0 ? int(done * 100 / total) : 0);
    });
    connect(m_provider, &ReleaseProvider::finished, this, [this] {
        const bool ok = m_provider->failure() == ReleaseProvider::Failure::None;
        m_release = m_provider->release();
        showCheck(m_provider->check(), ok ? QString() : m_provider->errorText());
        if (ok)
            emit releaseVerified(m_release);
    });
}

ReleasePicker::~ReleasePicker()
{
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

void ReleasePicker::setChoice(const ReleaseChoice& choice)
{
    if (choice == m_choice)
        return;
    m_choice = choice;
    if (!m_release.answers(choice))
        m_release = {};
    // A verdict about another release must not linger.
    if (m_verified || m_ui->verifyResultLabel->isVisible()) {
        m_verified = false;
        m_ui->verifyResultLabel->setVisible(false);
        m_ui->verifyWarningsList->setVisible(false);
    }
}

void ReleasePicker::loadReleases()
{
    // Read the source each time: the settings (or a test) may point it at a mirror.
    m_github->setApiBase(GitHubReleases::configuredApiBase());
    m_github->setRepository(GitHubReleases::configuredRepository());
    m_ui->loadReleasesButton->setEnabled(false);
    // The optional token (stored with `kkt-deploy release login`) is read without blocking; the
    // list is asked for once the keychain has answered, whatever it answered.
    auto* keychain = new SecretStore(this);
    keychain->read(GitHubReleases::tokenKeychainKey(m_github->apiBase()),
                   [this, keychain](const SecretStore::Result& r) {
                       keychain->deleteLater();
                       m_github->setToken(r.ok() ? r.secret.toUtf8() : QByteArray());
                       requestReleases();
                   });
}

void ReleasePicker::requestReleases()
{
    m_ui->releaseListProgress->setVisible(true);
    m_ui->releaseListStatusLabel->setText(
        tr("Asking %1 for the releases of %2…").arg(m_github->apiBase().host(), m_github->repository()));
    GitHubCall* call = m_github->list();
    connect(call, &GitHubCall::retrying, this, [this](int attempt, int, const QString& reason) {
        m_ui->releaseListStatusLabel->setText(tr("%1 — retrying (%2)…").arg(reason).arg(attempt));
    });
    connect(call, &GitHubCall::finished, this, [this, call] { showReleases(call); });
}

void ReleasePicker::showReleases(GitHubCall* call)
{
    call->deleteLater();
    m_ui->loadReleasesButton->setEnabled(true);
    m_ui->releaseListProgress->setVisible(false);
    QPalette palette;
    if (call->error() != GitHubCall::Error::None) {
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
        m_ui->releaseListStatusLabel->setPalette(palette);
        m_ui->releaseListStatusLabel->setText(call->errorText());
        return;
    }
    m_ui->releaseListStatusLabel->setPalette(palette);
    m_releases = call->releases();
    m_ui->releaseTable->clear();
    for (const ReleaseInfo& release : std::as_const(m_releases)) {
        auto* item = new QTreeWidgetItem(m_ui->releaseTable);
        item->setText(0, release.tag);
        item->setText(1, QLocale().toString(release.publishedAt.toLocalTime().date(), QLocale::ShortFormat));
        item->setText(2, QStringLiteral("—"));
        QStringList notes;
        if (release.prerelease)
            notes << tr("pre-release");
        if (!release.archiveAsset() || !release.asset(QStringLiteral("checksums.txt")))
            notes << tr("no archive with checksums: cannot be deployed");
        item->setText(3, notes.join(QStringLiteral(", ")));
        // Severity lives in the release's manifest.json, when it has one.
        if (release.asset(QStringLiteral("manifest.json"))) {
            item->setText(2, tr("loading…"));
            GitHubCall* manifest = m_github->manifest(release);
            QPointer<QTreeWidget> table = m_ui->releaseTable;
            connect(manifest, &GitHubCall::finished, this, [manifest, item, table, this] {
                manifest->deleteLater();
                // The list may have been reloaded meanwhile.
                if (!table || table->indexOfTopLevelItem(item) < 0)
                    return;
                item->setText(2, manifest->manifest()
                                     ? ReleaseManifest::severityText(manifest->manifest()->severity)
                                     : tr("unknown"));
                if (manifest->error() != GitHubCall::Error::None)
                    item->setToolTip(2, manifest->errorText());
            });
        }
    }
    m_ui->releaseListStatusLabel->setText(
        m_releases.isEmpty()
            ? tr("%1 has no published releases.").arg(m_github->repository())
            : tr("%n release(s) of %1.", nullptr, int(m_releases.size())).arg(m_github->repository()));
}

void ReleasePicker::verify()
{
    if (m_watcher.isRunning() || m_provider->isRunning())
        return;
    m_verified = false;
    m_release = {};
    m_ui->verifyWarningsList->clear();
    m_ui->verifyWarningsList->setVisible(false);
    m_ui->verifyResultLabel->setVisible(true);
    m_ui->verifyResultLabel->setPalette(QPalette());
    QString error;
    const PayloadProfile profile = PayloadProfile::forConfig(m_profile, &error);
    if (!error.isEmpty()) {
        m_ui->verifyResultLabel->setText(error);
        return;
    }
    m_layout = profile.releaseLayout();
    if (m_choice.source == ReleaseSource::File) {
        verifyLocal();
        return;
    }
    if (m_choice.source == ReleaseSource::Tag && m_choice.tag.trimmed().isEmpty()) {
        m_ui->verifyResultLabel->setText(tr("Enter the release tag first, or choose one from the list."));
        return;
    }
    verifyRemote();
}

void ReleasePicker::verifyLocal()
{
    const QString archive = m_choice.path;
    if (!QFileInfo(archive).isFile()) {
        m_ui->verifyResultLabel->setText(tr("Choose the release archive (.tar.gz) first."));
        return;
    }
    ReleaseCheck::Expected expected;
    if (ChecksumFile::isSha256(m_choice.checksums.toLatin1())) {
        expected = m_choice.checksums.toLatin1();
    } else if (QFileInfo(m_choice.checksums).isFile()) {
        expected = ChecksumFile::load(m_choice.checksums);
    } else {
        m_ui->verifyResultLabel->setText(
            tr("Give the release’s checksums file or its SHA-256: an archive is never used unchecked."));
        return;
    }
    setVerifying(true);
    m_ui->verifyResultLabel->setText(tr("Checking %1…").arg(QFileInfo(archive).fileName()));
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    QPointer<QProgressBar> bar = m_ui->verifyProgress;
    m_watcher.setFuture(QtConcurrent::run([archive, expected, cancel, bar, layout = m_layout] {
        int last = -1;
        return ReleaseCheck::run(archive, expected, {}, &layout, cancel.get(),
                                 [bar, &last](qint64 done, qint64 total) {
                                     const int percent = total > 0 ? int(done * 100 / total) : 0;
                                     if (percent == last)
                                         return;
                                     last = percent;
                                     QMetaObject::invokeMethod(bar, [bar, percent] {
                                         if (bar)
                                             bar->setValue(percent);
                                     });
                                 });
    }));
}

void ReleasePicker::verifyRemote()
{
    setVerifying(true);
    m_provider->setLayout(m_layout);
    m_provider->start(m_choice);
}

void ReleasePicker::cancelVerify()
{
    if (m_cancel)
        *m_cancel = true;
    m_provider->cancel();
}

void ReleasePicker::showCheck(const ReleaseCheck::Result& result, const QString& failure)
{
    setVerifying(false);
    m_verified = failure.isEmpty() && result.ok();
    QPalette palette;
    if (!m_verified)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_ui->verifyResultLabel->setPalette(palette);
    if (!failure.isEmpty()) {
        m_ui->verifyResultLabel->setText(failure);
    } else if (!result.ok()) {
        m_ui->verifyResultLabel->setText(result.problem());
    } else {
        const ArchiveInspection& inspection = result.inspection;
        m_ui->verifyResultLabel->setText(
            tr("✓ Release %1 is intact (SHA-256 matches) and safe to unpack: %n entries, %2 unpacked.",
               nullptr, int(inspection.entries.size()))
                .arg(inspection.version ? inspection.version->toString() : QString(),
                     QLocale().formattedDataSize(inspection.unpackedSize)));
    }
    m_ui->verifyWarningsList->clear();
    m_ui->verifyWarningsList->addItems(result.inspection.warnings);
    m_ui->verifyWarningsList->setVisible(!result.inspection.warnings.isEmpty());
    emit verifyFinished(m_verified);
}

void ReleasePicker::setVerifying(bool verifying)
{
    m_ui->verifyReleaseButton->setEnabled(!verifying);
    m_ui->verifyProgress->setVisible(verifying);
    m_ui->verifyProgress->setValue(0);
    m_ui->cancelVerifyButton->setVisible(verifying);
}
