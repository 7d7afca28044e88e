<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdminIdsPage</name>
    <message>
        <source>Administrator Telegram IDs</source>
        <translation>Telegram ID администраторов</translation>
    </message>
    <message>
        <source>The bot sends alerts to these Telegram users and accepts commands only from them.</source>
        <translation>Бот отправляет уведомления этим пользователям Telegram и принимает команды только от них.</translation>
    </message>
    <message>
        <source>Enter each administrator’s numeric Telegram user ID. A user can find their ID by writing to @userinfobot.</source>
        <translation>Введите числовой Telegram ID каждого администратора. Свой ID пользователь может узнать, написав боту @userinfobot.</translation>
    </message>
    <message>
        <source>Telegram &amp;ID:</source>
        <translation>Telegram &amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Доб&amp;авить</translation>
    </message>
    <message>
        <source>Telegram ID</source>
        <translation>Telegram ID</translation>
    </message>
    <message>
        <source>%1 is already in the list</source>
        <translation>%1 уже есть в списке</translation>
    </message>
    <message>
        <source>enter a different ID; each administrator is listed once</source>
        <translation>введите другой ID: каждый администратор указывается один раз</translation>
    </message>
    <message>
        <source>Administrator IDs</source>
        <translation>ID администраторов</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>The person who administers this KKT instance and signs in to its web interface.</source>
        <translation>Человек, который управляет этим экземпляром KKT и входит в его веб-интерфейс.</translation>
    </message>
    <message>
        <source>Ivan Petrov</source>
        <translation>Иван Петров</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>OOO Romashka</source>
        <translation>ООО «Ромашка»</translation>
    </message>
    <message>
        <source>Web interface password</source>
        <translation>Пароль веб-интерфейса</translation>
    </message>
    <message>
        <source>&amp;Generate a strong password (recommended)</source>
        <translation>С&amp;генерировать надёжный пароль (рекомендуется)</translation>
    </message>
    <message>
        <source>The password is shown once when the deployment completes.</source>
        <translation>Пароль будет показан один раз по завершении развёртывания.</translation>
    </message>
    <message>
        <source>&amp;Type a password</source>
        <translation>&amp;Ввести пароль</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>At least 12 characters with an upper-case letter, a lower-case letter, a digit and a special character.</source>
        <translation>Не менее 12 символов: заглавная и строчная буквы, цифра и специальный символ.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>does not match the password</source>
        <translation>не совпадает с паролем</translation>
    </message>
    <message>
        <source>type the same password twice</source>
        <translation>введите один и тот же пароль дважды</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Повтор пароля</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>Ф&amp;ИО:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>C&amp;onfirm:</source>
        <translation>П&amp;овтор:</translation>
    </message>
</context>
<context>
    <name>ArchiveEntryRule</name>
    <message>
        <source>an entry has an empty name</source>
        <translation>у записи пустое имя</translation>
    </message>
    <message>
        <source>absolute path — archive entries must be relative to the release folder</source>
        <translation>абсолютный путь — записи архива должны быть относительными к папке релиза</translation>
    </message>
    <message>
        <source>the name contains a NUL character</source>
        <translation>имя содержит символ NUL</translation>
    </message>
    <message>
        <source>the path contains “..” and would leave the release folder</source>
        <translation>путь содержит «..» и вышел бы за пределы папки релиза</translation>
    </message>
    <message>
        <source>symbolic link without a target</source>
        <translation>символическая ссылка без цели</translation>
    </message>
    <message>
        <source>symbolic link to the absolute path “%1” leaves the release folder</source>
        <translation>символическая ссылка на абсолютный путь «%1» выходит за пределы папки релиза</translation>
    </message>
    <message>
        <source>symbolic link to “%1” leaves the release folder</source>
        <translation>символическая ссылка на «%1» выходит за пределы папки релиза</translation>
    </message>
    <message>
        <source>hard link to “%1”: %2</source>
        <translation>жёсткая ссылка на «%1»: %2</translation>
    </message>
    <message>
        <source>hard link to the release folder itself</source>
        <translation>жёсткая ссылка на саму папку релиза</translation>
    </message>
    <message>
        <source>character device — a release contains only files, folders and links</source>
        <translation>символьное устройство — в релизе бывают только файлы, папки и ссылки</translation>
    </message>
    <message>
        <source>block device — a release contains only files, folders and links</source>
        <translation>блочное устройство — в релизе бывают только файлы, папки и ссылки</translation>
    </message>
    <message>
        <source>FIFO (named pipe) — a release contains only files, folders and links</source>
        <translation>FIFO (именованный канал) — в релизе бывают только файлы, папки и ссылки</translation>
    </message>
    <message>
        <source>socket — a release contains only files, folders and links</source>
        <translation>сокет — в релизе бывают только файлы, папки и ссылки</translation>
    </message>
    <message>
        <source>unknown entry type — a release contains only files, folders and links</source>
        <translation>неизвестный тип записи — в релизе бывают только файлы, папки и ссылки</translation>
    </message>
</context>
<context>
    <name>ArchiveInspector</name>
    <message>
        <source>entry “%1”: %2</source>
        <translation>запись «%1»: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable file — check the path</source>
        <translation>%1 не является читаемым файлом — проверьте путь</translation>
    </message>
    <message>
        <source>%1 cannot be opened as an archive: %2</source>
        <translation>%1 не открывается как архив: %2</translation>
    </message>
    <message>
        <source>inspection cancelled</source>
        <translation>проверка отменена</translation>
    </message>
    <message>
        <source>%1 is not a readable tar archive: %2</source>
        <translation>%1 не является читаемым tar-архивом: %2</translation>
    </message>
    <message>
        <source>%1 is damaged after entry “%2”: %3</source>
        <translation>%1 повреждён после записи «%2»: %3</translation>
    </message>
    <message>
        <source>more than %1 entries — a release is far smaller; the archive is refused</source>
        <translation>больше %1 записей — релиз намного меньше; архив отклонён</translation>
    </message>
    <message>
        <source>lies below the symbolic link “%1”</source>
        <translation>находится внутри символической ссылки «%1»</translation>
    </message>
    <message>
        <source>%1 is stored more than once; the last copy wins</source>
        <translation>%1 хранится несколько раз; действует последняя копия</translation>
    </message>
    <message>
        <source>unpacked size would exceed %1 MiB (a compression bomb?) — the archive is refused</source>
        <translation>распакованный размер превысил бы %1 МиБ (zip-бомба?) — архив отклонён</translation>
    </message>
    <message>
        <source>is %1 bytes; at most %2 are expected</source>
        <translation>занимает %1 байт; ожидается не больше %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не читается: %1</translation>
    </message>
    <message>
        <source>%1 contains no files</source>
        <translation>%1 не содержит файлов</translation>
    </message>
    <message>
        <source>symbolic link to “%1” leaves the release folder through other links</source>
        <translation>символическая ссылка на «%1» через другие ссылки выходит за пределы папки релиза</translation>
    </message>
    <message>
        <source>“%1” is not a version such as 1.0.0</source>
        <translation>«%1» — не версия вида 1.0.0</translation>
    </message>
    <message>
        <source>the file name says version %1 but VERSION says %2</source>
        <translation>имя файла указывает версию %1, а VERSION — %2</translation>
    </message>
    <message>
        <source>says version %1 but VERSION says %2</source>
        <translation>указывает версию %1, а VERSION — %2</translation>
    </message>
    <message>
        <source>migration step file %1 is not in the archive</source>
        <translation>файла шага миграции %1 нет в архиве</translation>
    </message>
</context>
<context>
    <name>ArchiveUnpacker</name>
    <message>
        <source>%1 already exists — unpack into a new folder</source>
        <translation>%1 уже существует — распакуйте в новую папку</translation>
    </message>
    <message>
        <source>cannot create %1 — check the permissions of %2</source>
        <translation>не удаётся создать %1 — проверьте права на %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 не открывается: %2</translation>
    </message>
    <message>
        <source>unpacking cancelled</source>
        <translation>распаковка отменена</translation>
    </message>
    <message>
        <source>the archive is damaged: %1</source>
        <translation>архив повреждён: %1</translation>
    </message>
    <message>
        <source>too many entries</source>
        <translation>слишком много записей</translation>
    </message>
    <message>
        <source>entry “%1”: %2</source>
        <translation>запись «%1»: %2</translation>
    </message>
    <message>
        <source>entry “%1” cannot be written: %2</source>
        <translation>запись «%1» не удаётся записать: %2</translation>
    </message>
    <message>
        <source>entry “%1” cannot be read: %2</source>
        <translation>запись «%1» не читается: %2</translation>
    </message>
    <message>
        <source>entry “%1”: unpacked size exceeds %2 MiB — the archive is refused</source>
        <translation>запись «%1»: распакованный размер превышает %2 МиБ — архив отклонён</translation>
    </message>
    <message>
        <source>finishing the unpacked files failed: %1</source>
        <translation>не удалось завершить запись распакованных файлов: %1</translation>
    </message>
    <message>
        <source>cannot move the unpacked release to %1</source>
        <translation>не удаётся переместить распакованный релиз в %1</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>list an instance's backups (database and .env) or restore one</source>
        <translation>показать резервные копии экземпляра (база данных и .env) или восстановить одну из них</translation>
    </message>
    <message>
        <source>list | restore</source>
        <translation>list | restore</translation>
    </message>
    <message>
        <source>the instance (name INST-…, UUID or id in the registry)</source>
        <translation>экземпляр (имя INST-…, UUID или id в реестре)</translation>
    </message>
    <message>
        <source>restore this backup (default: the latest)</source>
        <translation>восстановить эту резервную копию (по умолчанию — последнюю)</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>не спрашивать подтверждения</translation>
    </message>
    <message>
        <source>log in with this private key instead of ssh-agent</source>
        <translation>входить с этим закрытым ключом вместо ssh-agent</translation>
    </message>
    <message>
        <source>known_hosts file (default: ~/.ssh/known_hosts)</source>
        <translation>файл известных хостов (по умолчанию: ~/.ssh/known_hosts)</translation>
    </message>
    <message>
        <source>the deployment journal (default: the application's)</source>
        <translation>журнал развёртываний (по умолчанию — журнал приложения)</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>вывести результат в формате JSON</translation>
    </message>
    <message>
        <source>backup: give an action — kkt-deploy backup list --instance ID, or backup restore --instance ID [--backup NAME]</source>
        <translation>backup: укажите действие — kkt-deploy backup list --instance ID или backup restore --instance ID [--backup ИМЯ]</translation>
    </message>
    <message>
        <source>backup: --instance is missing — give the instance, e.g. --instance INST-20261125120000</source>
        <translation>backup: не указан --instance — укажите экземпляр, например --instance INST-20261125120000</translation>
    </message>
    <message>
        <source>backup list: %1</source>
        <translation>backup list: %1</translation>
    </message>
    <message>
        <source>database + .env</source>
        <translation>база данных + .env</translation>
    </message>
    <message>
        <source>database only</source>
        <translation>только база данных</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation><numerusform>%n резервная копия</numerusform><numerusform>%n резервные копии</numerusform><numerusform>%n резервных копий</numerusform></translation>
    </message>
    <message>
        <source>Data written since then is lost (the current state is kept as a backup first). Type “yes”: </source>
        <translation>Данные, записанные после неё, пропадут (текущее состояние сначала сохраняется в отдельную резервную копию). Введите «yes»: </translation>
    </message>
    <message>
        <source>Replace the database and .env of %1 on %2 with its latest backup?</source>
        <translation>Заменить базу данных и .env экземпляра %1 на %2 его последней резервной копией?</translation>
    </message>
    <message>
        <source>Replace the database and .env of %1 on %2 with backup %3?</source>
        <translation>Заменить базу данных и .env экземпляра %1 на %2 резервной копией %3?</translation>
    </message>
    <message>
        <source>backup restore: not confirmed; nothing was changed (pass --yes to skip the question)</source>
        <translation>backup restore: не подтверждено; ничего не изменено (--yes пропускает вопрос)</translation>
    </message>
    <message>
        <source>backup restore: %1</source>
        <translation>backup restore: %1</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <source>%1 Cancel again to leave at once: the step goes on on the server.</source>
        <translation>%1 Отмените ещё раз, чтобы выйти сразу: шаг продолжится на сервере.</translation>
    </message>
    <message>
        <source>instance %1 has no backup yet; nothing was changed</source>
        <translation>у экземпляра %1 ещё нет резервных копий; ничего не изменено</translation>
    </message>
    <message>
        <source>instance %1 has no backup “%2”; nothing was changed — kkt-deploy backup list --instance %1 shows them</source>
        <translation>у экземпляра %1 нет резервной копии «%2»; ничего не изменено — список показывает kkt-deploy backup list --instance %1</translation>
    </message>
    <message>
        <source>backup %1 holds the database only, without the environment file, so it cannot be restored whole; choose a newer backup — nothing was changed</source>
        <translation>резервная копия %1 содержит только базу данных, без файла окружения, и целиком её не восстановить; выберите более новую копию — ничего не изменено</translation>
    </message>
    <message>
        <source>Restoring instance %1 from backup %2 (%3); the data of now is kept as a backup first.</source>
        <translation>Восстановление экземпляра %1 из резервной копии %2 (%3); текущие данные сначала сохраняются в отдельную резервную копию.</translation>
    </message>
    <message>
        <source>restored, but a health check fails</source>
        <translation>восстановлено, но проверка работоспособности не проходит</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>BotCheckPanel</name>
    <message>
        <source>&amp;Validate</source>
        <translation>Пр&amp;оверить</translation>
    </message>
    <message>
        <source>Ask Telegram whose token this is (getMe)</source>
        <translation>Спросить у Telegram, чей это токен (getMe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Telegram asks to wait %n second(s)…</source>
        <translation>
            <numerusform>Telegram просит подождать %n секунду…</numerusform>
            <numerusform>Telegram просит подождать %n секунды…</numerusform>
            <numerusform>Telegram просит подождать %n секунд…</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking Telegram…</source>
        <translation>Запрос к Telegram…</translation>
    </message>
    <message>
        <source>Validation cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>✓ The token belongs to %1.</source>
        <translation>✓ Токен принадлежит боту %1.</translation>
    </message>
</context>
<context>
    <name>ChecksumFile</name>
    <message>
        <source>line %1: “%2” is not a SHA-256 checksum line — expected “&lt;64 hex digits&gt;  &lt;file name&gt;” or “SHA256 (&lt;file name&gt;) = &lt;64 hex digits&gt;”</source>
        <translation>строка %1: «%2» — не строка контрольной суммы SHA-256 — ожидается «&lt;64 шестнадцатеричные цифры&gt;  &lt;имя файла&gt;» или «SHA256 (&lt;имя файла&gt;) = &lt;64 шестнадцатеричные цифры&gt;»</translation>
    </message>
    <message>
        <source>checksums file %1 cannot be read: %2 — check the path</source>
        <translation>файл контрольных сумм %1 не читается: %2 — проверьте путь</translation>
    </message>
    <message>
        <source>checksums file %1 is larger than 1 MiB — give the checksums.txt of the release</source>
        <translation>файл контрольных сумм %1 больше 1 МиБ — укажите checksums.txt релиза</translation>
    </message>
</context>
<context>
    <name>ChecksumVerifier</name>
    <message>
        <source>the checksums file lists no file — give the checksums.txt of the release</source>
        <translation>в файле контрольных сумм нет ни одного файла — укажите checksums.txt релиза</translation>
    </message>
    <message>
        <source>the checksums file has no valid line: %1</source>
        <translation>в файле контрольных сумм нет ни одной правильной строки: %1</translation>
    </message>
    <message>
        <source>%1 is not listed in the checksums file (it lists %2) — give the checksums file of the same release</source>
        <translation>%1 нет в файле контрольных сумм (в нём: %2) — укажите файл контрольных сумм того же релиза</translation>
    </message>
    <message>
        <source>the expected SHA-256 “%1” is not 64 hex digits — copy it from checksums.txt</source>
        <translation>ожидаемый SHA-256 «%1» — не 64 шестнадцатеричные цифры — скопируйте его из checksums.txt</translation>
    </message>
    <message>
        <source>checking %1 was cancelled</source>
        <translation>проверка %1 отменена</translation>
    </message>
    <message>
        <source>checksum mismatch for %1: expected SHA-256 %2, actual %3 — the file is damaged or not the published one; download it again and do not use this copy</source>
        <translation>контрольная сумма %1 не совпадает: ожидался SHA-256 %2, фактически %3 — файл повреждён или не тот, что опубликован; скачайте его заново и не используйте эту копию</translation>
    </message>
    <message>
        <source>%1: SHA-256 matches (%2)</source>
        <translation>%1: SHA-256 совпадает (%2)</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--lang: “%1” is not a supported language — use --lang ru or --lang en</source>
        <translation>--lang: язык «%1» не поддерживается — укажите --lang ru или --lang en</translation>
    </message>
    <message>
        <source>kkt-deploy: “%1” is not a command — run kkt-deploy --help to see the commands</source>
        <translation>kkt-deploy: «%1» — не команда; список команд: kkt-deploy --help</translation>
    </message>
    <message>
        <source>
Global options:
  -h, --help     show this help; COMMAND --help shows a command's options
  -v, --version  show the version
  --lang ru|en   language of messages (default: the system's)

Secrets are never read from configuration files: they come from the OS keychain,
environment variables (KKT_BOT_TOKEN, KKT_ADMIN_PASSWORD, KKT_SSH_PASSWORD,
KKT_SSH_PASSPHRASE) or standard input.

Exit codes: 0 success, 1 the operation failed, 2 bad arguments or invalid input,
3 host key unknown, 4 host key changed, 5 authentication failed, 6 host unreachable,
7 checksum mismatch, 8 unsafe or malformed archive, 9 the server is locked by another deployment,
10 deployed but a health check fails, 11 cancelled, 12 the server fails a check (probe),
13 the update failed and was rolled back to the version before (update apply).
</source>
        <translation>
Общие параметры:
  -h, --help     показать эту справку; КОМАНДА --help показывает параметры команды
  -v, --version  показать версию
  --lang ru|en   язык сообщений (по умолчанию — язык системы)

Секреты никогда не читаются из файлов конфигурации: они берутся из хранилища паролей ОС,
переменных окружения (KKT_BOT_TOKEN, KKT_ADMIN_PASSWORD, KKT_SSH_PASSWORD,
KKT_SSH_PASSPHRASE) или стандартного ввода.

Коды завершения: 0 успех, 1 операция не удалась, 2 неверные аргументы или входные данные,
3 ключ хоста неизвестен, 4 ключ хоста изменился, 5 ошибка аутентификации, 6 хост недоступен,
7 контрольная сумма не совпадает, 8 архив небезопасен или повреждён, 9 сервер занят другим развёртыванием,
10 развёрнуто, но проверка работоспособности не пройдена, 11 отменено, 12 сервер не прошёл проверку (probe),
13 обновление не удалось и откачено к прежней версии (update apply).
</translation>
    </message>
    <message>
        <source>Usage: %1 [--lang ru|en] [COMMAND [OPTIONS]]

Without a command, %2 opens its window. Commands run without a window:

</source>
        <translation>Использование: %1 [--lang ru|en] [КОМАНДА [ПАРАМЕТРЫ]]

Без команды %2 открывает окно. Команды работают без окна:

</translation>
    </message>
</context>
<context>
    <name>CompletePage</name>
    <message>
        <source>Deployment complete</source>
        <translation>Развёртывание завершено</translation>
    </message>
    <message>
        <source>The instance is running and every health check passed. Keep the credentials below: the generated password is shown only here.</source>
        <translation>Экземпляр работает, все проверки пройдены. Сохраните учётные данные ниже: сгенерированный пароль показывается только здесь.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Экземпляр</translation>
    </message>
    <message>
        <source>Instance ID:</source>
        <translation>ID экземпляра:</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Копировать &amp;ID</translation>
    </message>
    <message>
        <source>Web interface:</source>
        <translation>Веб-интерфейс:</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Копировать &amp;адрес</translation>
    </message>
    <message>
        <source>Administrator login:</source>
        <translation>Логин администратора:</translation>
    </message>
    <message>
        <source>Copy &amp;login</source>
        <translation>Копировать &amp;логин</translation>
    </message>
    <message>
        <source>Administrator password:</source>
        <translation>Пароль администратора:</translation>
    </message>
    <message>
        <source>Copy &amp;password</source>
        <translation>Копировать &amp;пароль</translation>
    </message>
    <message>
        <source>Telegram bot:</source>
        <translation>Telegram-бот:</translation>
    </message>
    <message>
        <source>Deployed version:</source>
        <translation>Развёрнутая версия:</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Что дальше</translation>
    </message>
    <message>
        <source>&amp;Save report (PDF)…</source>
        <translation>Со&amp;хранить отчёт (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Email credentials…</source>
        <translation>&amp;Отправить данные по почте…</translation>
    </message>
    <message>
        <source>&amp;Open web interface</source>
        <translation>Открыть веб-&amp;интерфейс</translation>
    </message>
    <message>
        <source>Deploy &amp;another</source>
        <translation>Развернуть е&amp;щё один</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID экземпляра</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Open the web interface and log in as the administrator</source>
        <translation>Откройте веб-интерфейс и войдите как администратор</translation>
    </message>
    <message>
        <source>Change the administrator password if it was generated, and store it in the client’s password manager</source>
        <translation>Смените пароль администратора, если он был сгенерирован, и сохраните его в менеджере паролей клиента</translation>
    </message>
    <message>
        <source>Send /start to the bot from each administrator’s Telegram account</source>
        <translation>Отправьте боту /start из Telegram-аккаунта каждого администратора</translation>
    </message>
    <message>
        <source>Hand the report to the client (without the password unless agreed)</source>
        <translation>Передайте отчёт клиенту (без пароля, если не договорились иначе)</translation>
    </message>
    <message>
        <source>Check tomorrow that the first nightly backup ran</source>
        <translation>Завтра проверьте, что прошло первое ночное резервное копирование</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>не изменён</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1: скопировано в буфер обмена.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to “%1”, with the administrator password: keep it safe.</source>
        <translation>Отчёт сохранён в «%1» вместе с паролем администратора: храните его надёжно.</translation>
    </message>
    <message>
        <source>Report saved to “%1”, without the password.</source>
        <translation>Отчёт сохранён в «%1», без пароля.</translation>
    </message>
    <message>
        <source>KKT instance %1

Web interface: %2
Login: %3
</source>
        <translation>Экземпляр KKT %1

Веб-интерфейс: %2
Логин: %3
</translation>
    </message>
    <message>
        <source>The password is given to you separately.
</source>
        <translation>Пароль будет передан отдельно.
</translation>
    </message>
    <message>
        <source>Telegram bot: https://t.me/%1
</source>
        <translation>Telegram-бот: https://t.me/%1
</translation>
    </message>
    <message>
        <source>Your KKT instance %1</source>
        <translation>Ваш экземпляр KKT %1</translation>
    </message>
    <message>
        <source>No mail program opened: set a default mail application, or copy the values above.</source>
        <translation>Почтовая программа не открылась: назначьте почтовое приложение по умолчанию или скопируйте значения выше.</translation>
    </message>
    <message>
        <source>No browser opened for %1: copy the address instead.</source>
        <translation>Браузер для %1 не открылся: скопируйте адрес.</translation>
    </message>
    <message>
        <source>In&amp;clude the administrator password in the report and the email</source>
        <translation>&amp;Включить пароль администратора в отчёт и письмо</translation>
    </message>
    <message numerus="yes">
        <source>Password copied to the clipboard; it is removed from there in %n second(s).</source>
        <translation><numerusform>Пароль скопирован в буфер обмена; через %n секунду он будет оттуда удалён.</numerusform><numerusform>Пароль скопирован в буфер обмена; через %n секунды он будет оттуда удалён.</numerusform><numerusform>Пароль скопирован в буфер обмена; через %n секунд он будет оттуда удалён.</numerusform></translation>
    </message>
    <message>
        <source>TEST instance at %1/</source>
        <translation>ТЕСТОВЫЙ экземпляр: %1/</translation>
    </message>
    <message>
        <source>TEST instance at %1/, bot @%2</source>
        <translation>ТЕСТОВЫЙ экземпляр: %1/, бот @%2</translation>
    </message>
    <message>
        <source>— production %1 checked before and after: unchanged.</source>
        <translation>— рабочий экземпляр %1 проверен до и после: без изменений.</translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <source>holds a secret, and secrets are never stored in configuration files</source>
        <translation>содержит секрет, а секреты никогда не хранятся в файлах конфигурации</translation>
    </message>
    <message>
        <source>remove it; KKT Deploy takes secrets from the OS keychain, an environment variable (KKT_BOT_TOKEN, KKT_ADMIN_PASSWORD, KKT_SSH_PASSWORD, KKT_SSH_PASSPHRASE) or standard input</source>
        <translation>удалите его; KKT Deploy берёт секреты из хранилища паролей ОС (keychain), переменной окружения (KKT_BOT_TOKEN, KKT_ADMIN_PASSWORD, KKT_SSH_PASSWORD, KKT_SSH_PASSPHRASE) или стандартного ввода</translation>
    </message>
    <message>
        <source>holds what looks like a bot token or private key</source>
        <translation>содержит что-то похожее на токен бота или закрытый ключ</translation>
    </message>
    <message>
        <source>remove it; secrets come from the OS keychain, an environment variable or standard input, never from a configuration file</source>
        <translation>удалите его; секреты берутся из хранилища паролей ОС, переменной окружения или стандартного ввода, но не из файла конфигурации</translation>
    </message>
    <message>
        <source>the file is not valid JSON: %1 at line %2</source>
        <translation>файл не является корректным JSON: %1 в строке %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object { … }, as written by Save configuration</source>
        <translation>файл должен содержать один объект JSON { … }, как его записывает «Сохранить конфигурацию»</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than 1 MiB and cannot be a deployment configuration</source>
        <translation>«%1» больше 1 МиБ и не может быть конфигурацией развёртывания</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>не удаётся записать «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionCheckPanel</name>
    <message>
        <source>Connect to the server, check its host key, log in and look at the server (read-only)</source>
        <translation>Подключиться к серверу, проверить его ключ хоста, войти и осмотреть сервер (только чтение)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Not tested yet.</source>
        <translation>Ещё не проверено.</translation>
    </message>
    <message>
        <source>The server settings changed: test the connection again.</source>
        <translation>Параметры сервера изменились: проверьте подключение ещё раз.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Cancelled. Not tested.</source>
        <translation>Отменено. Не проверено.</translation>
    </message>
    <message>
        <source>Is this the right server?</source>
        <translation>Это нужный сервер?</translation>
    </message>
    <message>
        <source>KKT Deploy has not connected to %1 before.

Its %2 host key has the fingerprint
%3

Compare it with the fingerprint your hosting provider shows (or run ssh-keygen -lf on the server's key). Trust this server and remember its key?</source>
        <translation>KKT Deploy ещё не подключался к %1.

Отпечаток его ключа хоста %2:
%3

Сравните его с отпечатком, который показывает ваш хостинг-провайдер (или выполните ssh-keygen -lf для ключа сервера). Доверять этому серверу и запомнить его ключ?</translation>
    </message>
    <message>
        <source>✔ pass</source>
        <translation>✔ норма</translation>
    </message>
    <message>
        <source>⚠ warn</source>
        <translation>⚠ внимание</translation>
    </message>
    <message>
        <source>✖ fail</source>
        <translation>✖ ошибка</translation>
    </message>
    <message numerus="yes">
        <source>Connected, but %n check(s) failed: fix them, choose another server, or continue without a successful test.</source>
        <translation>
            <numerusform>Подключение есть, но %n проверка не пройдена: исправьте это, выберите другой сервер или продолжите без успешной проверки.</numerusform>
            <numerusform>Подключение есть, но %n проверки не пройдены: исправьте их, выберите другой сервер или продолжите без успешной проверки.</numerusform>
            <numerusform>Подключение есть, но %n проверок не пройдено: исправьте их, выберите другой сервер или продолжите без успешной проверки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server is suitable; %n warning(s) below.</source>
        <translation>
            <numerusform>Подключение есть. Сервер подходит; ниже %n предупреждение.</numerusform>
            <numerusform>Подключение есть. Сервер подходит; ниже %n предупреждения.</numerusform>
            <numerusform>Подключение есть. Сервер подходит; ниже %n предупреждений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected. The server is suitable.</source>
        <translation>Подключение есть. Сервер подходит.</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Провер&amp;ить подключение</translation>
    </message>
    <message>
        <source>Continue without a &amp;successful connection test (the Review page will point this out)</source>
        <translation>Продолжить без &amp;успешной проверки подключения (страница «Проверка» отметит это)</translation>
    </message>
</context>
<context>
    <name>DeployCommand</name>
    <message>
        <source>deploy a KKT instance to a server (or --resume an interrupted deployment)</source>
        <translation>развернуть экземпляр KKT на сервере (или продолжить прерванное развёртывание: --resume)</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>не спрашивать подтверждения</translation>
    </message>
    <message>
        <source>deploy: --resume and --roll-back exclude each other</source>
        <translation>deploy: --resume и --roll-back нельзя указывать вместе</translation>
    </message>
    <message>
        <source>Remove the instance deployment %1 created on %2? Type “yes”: </source>
        <translation>Удалить экземпляр, созданный развёртыванием %1 на %2? Введите «yes»: </translation>
    </message>
    <message>
        <source>Deploy to %1 (%2)? Type “yes”: </source>
        <translation>Развернуть на %1 (%2)? Введите «yes»: </translation>
    </message>
    <message>
        <source>deploy: not confirmed; nothing was changed (pass --yes to skip the question)</source>
        <translation>deploy: не подтверждено; ничего не изменено (--yes пропускает вопрос)</translation>
    </message>
    <message>
        <source> — about %1 s left</source>
        <translation> — осталось около %1 с</translation>
    </message>
    <message>
        <source>deploy: %1</source>
        <translation>deploy: %1</translation>
    </message>
    <message>
        <source>continue the interrupted deployment ID (without ID: the last unfinished one to CONFIG's host)</source>
        <translation>продолжить прерванное развёртывание ID (без ID — последнее незавершённое на сервер из CONFIG)</translation>
    </message>
    <message>
        <source>remove what deployment ID (or the deployment that created instance ID) made on the server, and nothing else</source>
        <translation>удалить с сервера то, что создало развёртывание ID (или развёртывание, создавшее экземпляр ID), и ничего больше</translation>
    </message>
    <message>
        <source>list the interrupted and recent deployments (of CONFIG's host when given)</source>
        <translation>показать прерванные и недавние развёртывания (на сервер из CONFIG, если он указан)</translation>
    </message>
    <message>
        <source>with --list: print JSON</source>
        <translation>с --list: вывести JSON</translation>
    </message>
    <message>
        <source>The generated administrator password is in the result on standard output ("administrator"); it is shown only this once.</source>
        <translation>Сгенерированный пароль администратора — в результате на стандартном выводе («administrator»); он показывается только один раз.</translation>
    </message>
    <message>
        <source>deploy: --list takes at most one configuration file</source>
        <translation>deploy: --list принимает не больше одного файла конфигурации</translation>
    </message>
    <message>
        <source>deploy in production mode over the production instance ID the server already runs (it is changed)</source>
        <translation>развернуть в рабочем режиме поверх рабочего экземпляра ID, который уже работает на сервере (он будет изменён)</translation>
    </message>
</context>
<context>
    <name>DeploymentConfig</name>
    <message>
        <source>an object { … }</source>
        <translation>объект { … }</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>текст в кавычках</translation>
    </message>
    <message>
        <source>a whole number without quotes</source>
        <translation>целое число без кавычек</translation>
    </message>
    <message>
        <source>a list of whole numbers, e.g. [1, 2]</source>
        <translation>список целых чисел, например [1, 2]</translation>
    </message>
    <message>
        <source>“%1” is not a known choice</source>
        <translation>«%1» — недопустимое значение</translation>
    </message>
    <message>
        <source>use one of: %1</source>
        <translation>используйте одно из: %1</translation>
    </message>
    <message>
        <source>has the wrong type</source>
        <translation>имеет неверный тип</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>укажите %1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
</context>
<context>
    <name>DeploymentConnection</name>
    <message>
        <source>another deployment is running on this server (by %1 since %2, lock expires %3); wait for it to finish</source>
        <translation>на этом сервере идёт другое развёртывание (%1, с %2, блокировка истекает %3); дождитесь его завершения</translation>
    </message>
</context>
<context>
    <name>DeploymentHealth</name>
    <message>
        <source>PostgreSQL is running</source>
        <translation>PostgreSQL работает</translation>
    </message>
    <message>
        <source>The web service is running</source>
        <translation>Веб-служба работает</translation>
    </message>
    <message>
        <source>The bot service is running</source>
        <translation>Служба бота работает</translation>
    </message>
    <message>
        <source>nginx is running</source>
        <translation>nginx работает</translation>
    </message>
    <message>
        <source>/health answers on the server</source>
        <translation>/health отвечает на сервере</translation>
    </message>
    <message>
        <source>The application's role can query its database</source>
        <translation>Роль приложения может обращаться к своей базе данных</translation>
    </message>
    <message>
        <source>The TLS certificate is valid for at least a week</source>
        <translation>Сертификат TLS действителен ещё хотя бы неделю</translation>
    </message>
    <message>
        <source>The server answers the health checks</source>
        <translation>Сервер отвечает на проверки работоспособности</translation>
    </message>
    <message>
        <source>%1 answers on the public URL</source>
        <translation>%1 отвечает по публичному адресу</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The administrator can log in and use the API</source>
        <translation>Администратор может войти и пользоваться API</translation>
    </message>
    <message>
        <source>login answered HTTP %1</source>
        <translation>вход вернул HTTP %1</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 вернул HTTP %2</translation>
    </message>
    <message>
        <source>The bot answers and has no webhook (long polling)</source>
        <translation>Бот отвечает, вебхука нет (long polling)</translation>
    </message>
    <message>
        <source>The bot answers and its webhook is set</source>
        <translation>Бот отвечает, вебхук установлен</translation>
    </message>
    <message>
        <source>webhook: %1</source>
        <translation>вебхук: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>DeploymentJournal</name>
    <message>
        <source>cannot open the deployment journal “%1”: %2</source>
        <translation>не удаётся открыть журнал развёртываний «%1»: %2</translation>
    </message>
    <message>
        <source>cannot prepare the deployment journal “%1”: %2</source>
        <translation>не удаётся подготовить журнал развёртываний «%1»: %2</translation>
    </message>
</context>
<context>
    <name>DeploymentKey</name>
    <message>
        <source>Deployment key: empty — paste the key your support contact gave you (it starts with kkt1.)</source>
        <translation>Ключ развёртывания: не заполнен — вставьте ключ, который вам выдала поддержка (он начинается с kkt1.)</translation>
    </message>
    <message>
        <source>Deployment key: this is not a complete deployment key — it starts with “kkt1.” and is one long line of letters, digits, “-” and “_”; copy it again completely</source>
        <translation>Ключ развёртывания: это не полный ключ развёртывания — он начинается с «kkt1.» и представляет собой одну длинную строку из латинских букв, цифр, «-» и «_»; скопируйте его заново целиком</translation>
    </message>
    <message>
        <source>Registry CA certificate: %1 cannot be written (%2) — check the folder's permissions</source>
        <translation>Сертификат УЦ реестра: не удаётся записать %1 (%2) — проверьте права на папку</translation>
    </message>
    <message>
        <source>Deployment key: it expired on %1 — ask your support contact for a new one.</source>
        <translation>Ключ развёртывания: срок действия истёк %1 — попросите у поддержки новый.</translation>
    </message>
</context>
<context>
    <name>DeploymentKeyLogins</name>
    <message>
        <source>The embedded SQLite registry has no logins to prune: deployment keys and their logins exist in the central PostgreSQL registry only</source>
        <translation>Во встроенном реестре SQLite нет входов, которые нужно удалять: ключи развёртывания и их входы есть только в центральном реестре PostgreSQL</translation>
    </message>
    <message>
        <source>Registry %1: the logins of expired keys cannot be pruned: %2</source>
        <translation>Реестр %1: входы истёкших ключей удалить не удалось: %2</translation>
    </message>
    <message>
        <source>used; its day for recording the deployment ended (the key expired on %1)</source>
        <translation>использован; сутки на запись развёртывания прошли (ключ истёк %1)</translation>
    </message>
    <message>
        <source>expired unused on %1</source>
        <translation>истёк неиспользованным %1</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>already gone, marked as dropped</source>
        <translation>уже отсутствовал, отмечен как удалённый</translation>
    </message>
    <message>
        <source>%1 (token %2): %3 — %4</source>
        <translation>%1 (токен %2): %3 — %4</translation>
    </message>
    <message>
        <source>The logins of expired keys were not pruned: %1</source>
        <translation>Входы истёкших ключей не удалены: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pruned %n login(s) of expired or used deployment keys: %1</source>
        <translation><numerusform>Удалён %n вход истёкших или использованных ключей развёртывания: %1</numerusform><numerusform>Удалено %n входа истёкших или использованных ключей развёртывания: %1</numerusform><numerusform>Удалено %n входов истёкших или использованных ключей развёртывания: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>DeploymentListing</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн</translation>
    </message>
    <message>
        <source>deploy: %1</source>
        <translation>deploy: %1</translation>
    </message>
    <message>
        <source>The journal has no deployments.</source>
        <translation>В журнале нет развёртываний.</translation>
    </message>
    <message>
        <source>The journal has no deployments to %1.</source>
        <translation>В журнале нет развёртываний на %1.</translation>
    </message>
    <message>
        <source>DEPLOYMENT</source>
        <translation>РАЗВЁРТЫВАНИЕ</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>СЕРВЕР</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>ЭКЗЕМПЛЯР</translation>
    </message>
    <message>
        <source>LAST STEP</source>
        <translation>ПОСЛЕДНИЙ ШАГ</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>ДАВНОСТЬ</translation>
    </message>
    <message>
        <source>Continue the last unfinished deployment of a configuration with kkt-deploy deploy CONFIG --resume; remove what one created with --roll-back ID (or its instance ID).</source>
        <translation>Продолжить последнее незавершённое развёртывание конфигурации: kkt-deploy deploy CONFIG --resume; удалить созданное им: --roll-back ID (или ID его экземпляра).</translation>
    </message>
    <message>
        <source>restore: %1</source>
        <translation>восстановление: %1</translation>
    </message>
</context>
<context>
    <name>DeploymentOptions</name>
    <message>
        <source>KKT Deploy's known-hosts file (default: the application's)</source>
        <translation>файл известных хостов KKT Deploy (по умолчанию — файл приложения)</translation>
    </message>
    <message>
        <source>trust the server's host key if none is on file yet</source>
        <translation>доверять ключу сервера, если для него ещё нет сохранённого ключа</translation>
    </message>
    <message>
        <source>require this host key (SHA256:…)</source>
        <translation>требовать этот ключ хоста (SHA256:…)</translation>
    </message>
    <message>
        <source>read the bot token from the first line of standard input (else $KKT_BOT_TOKEN)</source>
        <translation>прочитать токен бота из первой строки стандартного ввода (иначе $KKT_BOT_TOKEN)</translation>
    </message>
    <message>
        <source>Bot API base URL (default: https://api.telegram.org)</source>
        <translation>базовый адрес Bot API (по умолчанию https://api.telegram.org)</translation>
    </message>
    <message>
        <source>the deployment journal (default: in the application data folder)</source>
        <translation>журнал развёртываний (по умолчанию — в папке данных приложения)</translation>
    </message>
    <message>
        <source>the configuration file (JSON)</source>
        <translation>файл конфигурации (JSON)</translation>
    </message>
    <message>
        <source>give exactly one configuration file — kkt-deploy %1 CONFIG.json</source>
        <translation>укажите ровно один файл конфигурации — kkt-deploy %1 CONFIG.json</translation>
    </message>
    <message>
        <source>--accept-new and --fingerprint exclude each other — pin the key or accept a new one</source>
        <translation>--accept-new и --fingerprint нельзя указывать вместе — закрепите ключ или примите новый</translation>
    </message>
    <message>
        <source>set KKT_BOT_TOKEN or pass --bot-token-stdin and pipe the token in</source>
        <translation>задайте KKT_BOT_TOKEN или укажите --bot-token-stdin и передайте токен через стандартный ввод</translation>
    </message>
    <message>
        <source>set KKT_ADMIN_PASSWORD, or use "passwordMode": "generate"</source>
        <translation>задайте KKT_ADMIN_PASSWORD или укажите "passwordMode": "generate"</translation>
    </message>
    <message>
        <source>is needed for a password login</source>
        <translation>нужен для входа по паролю</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>примечание: %1</translation>
    </message>
    <message>
        <source>set KKT_SSH_PASSWORD, or let the wizard remember it in the keychain</source>
        <translation>задайте KKT_SSH_PASSWORD или дайте мастеру запомнить пароль в хранилище паролей</translation>
    </message>
</context>
<context>
    <name>DeploymentPage</name>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>DeploymentPhases</name>
    <message>
        <source>Connect</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Релиз</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Службы</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Веб</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Проверки работоспособности</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
</context>
<context>
    <name>DeploymentRecorder</name>
    <message>
        <source>the registry record could not be queued: %1</source>
        <translation>запись для реестра не удалось поставить в очередь: %1</translation>
    </message>
    <message>
        <source>deployment %1</source>
        <translation>развёртывание %1</translation>
    </message>
    <message>
        <source>Recorded in the registry %1.</source>
        <translation>Записано в реестр %1.</translation>
    </message>
    <message numerus="yes">
        <source>The registry %1 cannot be reached (%2); %n record(s) wait in the outbox and are sent when it can.</source>
        <translation>
            <numerusform>Реестр %1 недоступен (%2); %n запись ждёт в очереди и будет отправлена, когда он станет доступен.</numerusform>
            <numerusform>Реестр %1 недоступен (%2); %n записи ждут в очереди и будут отправлены, когда он станет доступен.</numerusform>
            <numerusform>Реестр %1 недоступен (%2); %n записей ждут в очереди и будут отправлены, когда он станет доступен.</numerusform>
        </translation>
    </message>
    <message>
        <source>The administrator's credentials were not stored: the registry has no public key (kkt-deploy registry keys init) or could not be reached.</source>
        <translation>Учётные данные администратора не сохранены: у реестра нет открытого ключа (kkt-deploy registry keys init) или он недоступен.</translation>
    </message>
    <message>
        <source>roll-back of deployment %1: the instance is removed from the server</source>
        <translation>откат развёртывания %1: экземпляр удалён с сервера</translation>
    </message>
    <message>
        <source>failed server checks accepted by the operator: %1</source>
        <translation>непройденные проверки сервера, принятые оператором: %1</translation>
    </message>
    <message>
        <source>restore %1 of backup %2</source>
        <translation>восстановление %1 из резервной копии %2</translation>
    </message>
    <message>
        <source>removal %1 of the test instance: it is gone from the server</source>
        <translation>удаление %1 тестового экземпляра: его больше нет на сервере</translation>
    </message>
    <message>
        <source>TEST instance — %1</source>
        <translation>ТЕСТОВЫЙ экземпляр — %1</translation>
    </message>
    <message>
        <source>Recorded in the registry %1 with the deployment token.</source>
        <translation>Записано в реестр %1 по токену развёртывания.</translation>
    </message>
    <message numerus="yes">
        <source>The registry %1 cannot be reached (%2); %n record(s) of this deployment are kept on this computer and sent when KKT Deploy Client starts next.</source>
        <translation><numerusform>Реестр %1 недоступен (%2); %n запись этого развёртывания сохранена на этом компьютере и будет отправлена при следующем запуске KKT Deploy для клиентов.</numerusform><numerusform>Реестр %1 недоступен (%2); %n записи этого развёртывания сохранены на этом компьютере и будут отправлены при следующем запуске KKT Deploy для клиентов.</numerusform><numerusform>Реестр %1 недоступен (%2); %n записей этого развёртывания сохранено на этом компьютере и будет отправлено при следующем запуске KKT Deploy для клиентов.</numerusform></translation>
    </message>
</context>
<context>
    <name>DeploymentRelease</name>
    <message>
        <source>Checking the release %1 …</source>
        <translation>Проверка релиза %1 …</translation>
    </message>
    <message>
        <source>Release warning: %1</source>
        <translation>Предупреждение о релизе: %1</translation>
    </message>
    <message>
        <source>Release %1 is intact (SHA-256 %2) and safe to unpack.</source>
        <translation>Релиз %1 цел (SHA-256 %2) и безопасен для распаковки.</translation>
    </message>
</context>
<context>
    <name>DeploymentReport</name>
    <message>
        <source>KKT deployment report</source>
        <translation>Отчёт о развёртывании KKT</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Создан %1</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Экземпляр</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID экземпляра</translation>
    </message>
    <message>
        <source>Deployed version</source>
        <translation>Развёрнутая версия</translation>
    </message>
    <message>
        <source>Web interface</source>
        <translation>Веб-интерфейс</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Telegram-бот</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Развёртывание</translation>
    </message>
    <message>
        <source>Administrator login</source>
        <translation>Логин администратора</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>Пароль администратора</translation>
    </message>
    <message>
        <source>unchanged by this deployment</source>
        <translation>не изменён этим развёртыванием</translation>
    </message>
    <message>
        <source>not in this report; given separately</source>
        <translation>не включён в отчёт; передаётся отдельно</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <source>Server host key</source>
        <translation>Ключ сервера</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Administrator Telegram IDs</source>
        <translation>Telegram ID администраторов</translation>
    </message>
    <message>
        <source>Notifications at</source>
        <translation>Уведомления в</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Alert days before a deadline</source>
        <translation>Напоминать за дней до срока</translation>
    </message>
    <message>
        <source>Backup at</source>
        <translation>Резервное копирование в</translation>
    </message>
    <message>
        <source>Backups kept, days</source>
        <translation>Хранить копии, дней</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Проверки работоспособности</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>пройдена</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>не пройдена</translation>
    </message>
    <message>
        <source>Report: “%1” cannot be written (%2) — choose another folder.</source>
        <translation>Отчёт: не удаётся записать «%1» (%2) — выберите другую папку.</translation>
    </message>
    <message>
        <source>Administrator email</source>
        <translation>Email администратора</translation>
    </message>
    <message>
        <source>KKT TEST deployment report</source>
        <translation>Отчёт о ТЕСТОВОМ развёртывании KKT</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>TEST instance next to production %1 — not for clients</source>
        <translation>ТЕСТОВЫЙ экземпляр рядом с рабочим %1 — не для клиентов</translation>
    </message>
    <message>
        <source>Production before and after</source>
        <translation>Рабочий экземпляр до и после</translation>
    </message>
    <message>
        <source>unchanged (services, processes, units, nginx, certificate, files, database)</source>
        <translation>без изменений (службы, процессы, юниты, nginx, сертификат, файлы, база данных)</translation>
    </message>
    <message>
        <source>CHANGED: %1</source>
        <translation>ИЗМЕНЕНО: %1</translation>
    </message>
</context>
<context>
    <name>DeploymentRequest</name>
    <message>
        <source>the registry has no pinned host key for %1; deploy it with KKT Deploy first</source>
        <translation>в реестре нет закреплённого ключа хоста для %1; сначала разверните его с помощью KKT Deploy</translation>
    </message>
    <message>
        <source>the release “%1” has not been fetched and verified yet</source>
        <translation>релиз «%1» ещё не загружен и не проверен</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>последний</translation>
    </message>
</context>
<context>
    <name>DeploymentRunner</name>
    <message>
        <source>Connected to %1 as %2 (host key %3).</source>
        <translation>Подключено к %1 как %2 (ключ хоста %3).</translation>
    </message>
    <message>
        <source>▶ %1</source>
        <translation>▶ %1</translation>
    </message>
    <message>
        <source>cancelled during “%1”</source>
        <translation>отменено во время шага «%1»</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Проверки работоспособности</translation>
    </message>
    <message>
        <source>there is no deployment %1 in the journal %2 to resume</source>
        <translation>в журнале %2 нет развёртывания %1, которое можно продолжить</translation>
    </message>
    <message numerus="yes">
        <source>Resuming deployment %1: %n step(s) already verified.</source>
        <translation>
            <numerusform>Продолжение развёртывания %1: %n шаг уже проверен.</numerusform>
            <numerusform>Продолжение развёртывания %1: %n шага уже проверены.</numerusform>
            <numerusform>Продолжение развёртывания %1: %n шагов уже проверены.</numerusform>
        </translation>
    </message>
    <message>
        <source>The administrator's password stays as it was set when the instance was created.</source>
        <translation>Пароль администратора остаётся тем, что был задан при создании экземпляра.</translation>
    </message>
    <message>
        <source>cancelled before “%1”</source>
        <translation>отменено перед шагом «%1»</translation>
    </message>
    <message>
        <source>✔ %1 (verified earlier)</source>
        <translation>✔ %1 (проверено ранее)</translation>
    </message>
    <message>
        <source>health check failed: %1 — %2</source>
        <translation>проверка работоспособности не пройдена: %1 — %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>there is no deployment %1 in the journal</source>
        <translation>в журнале нет развёртывания %1</translation>
    </message>
    <message>
        <source>deployment %1 did not create instance %2, so rolling it back would remove something it did not make; nothing was changed</source>
        <translation>развёртывание %1 не создавало экземпляр %2, и его откат удалил бы то, что создано не им; ничего не изменено</translation>
    </message>
    <message>
        <source>Rolling back deployment %1: removing instance %2 …</source>
        <translation>Откат развёртывания %1: удаление экземпляра %2 …</translation>
    </message>
    <message>
        <source>Deployment %1 — if it is interrupted, continue it with --resume %1 or from the Deploy tab.</source>
        <translation>Развёртывание %1 — если оно прервётся, продолжите его с --resume %1 или на вкладке «Развёртывание».</translation>
    </message>
    <message>
        <source>%1 Cancel again to leave at once: the step goes on on the server, and the next run waits for it and repairs what it left.</source>
        <translation>%1 Отмените ещё раз, чтобы выйти сразу: шаг продолжится на сервере, а следующий запуск дождётся его и исправит то, что он оставил.</translation>
    </message>
    <message>
        <source>✔ %1 (already done, checked now)</source>
        <translation>✔ %1 (уже сделано, проверено сейчас)</translation>
    </message>
    <message>
        <source>left during “%1”, which goes on on the server (%2); the next run waits for it and repairs the server</source>
        <translation>выход во время шага «%1», который продолжается на сервере (%2); следующий запуск дождётся его и приведёт сервер в порядок</translation>
    </message>
    <message>
        <source>this server cannot run the release: %1</source>
        <translation>этот сервер не может запустить релиз: %1</translation>
    </message>
    <message>
        <source>Instance %1 is removed from the server.</source>
        <translation>Экземпляр %1 удалён с сервера.</translation>
    </message>
    <message>
        <source>cancelled during the health checks</source>
        <translation>отменено во время проверок работоспособности</translation>
    </message>
    <message>
        <source>cancelled before the deployment changed anything</source>
        <translation>отменено до того, как развёртывание что-либо изменило</translation>
    </message>
</context>
<context>
    <name>DeploymentTokens</name>
    <message>
        <source>redeemed</source>
        <translation>использован</translation>
    </message>
    <message>
        <source>redeemed by instance %1</source>
        <translation>использован экземпляром %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>не использован</translation>
    </message>
    <message>
        <source>Deployment tokens are redeemed in the central registry — choose the central PostgreSQL registry first</source>
        <translation>Токены развёртывания используются в центральном реестре — сначала выберите центральный реестр PostgreSQL</translation>
    </message>
    <message>
        <source>Registry %1: %2</source>
        <translation>Реестр %1: %2</translation>
    </message>
    <message>
        <source>Registry %1: the client's login cannot be created — the role that applied the registry's migrations needs CREATEROLE (sql/postgres/README.md): %2</source>
        <translation>Реестр %1: не удаётся создать вход для клиента — роли, которая применяла миграции реестра, нужно право CREATEROLE (sql/postgres/README.md): %2</translation>
    </message>
    <message>
        <source>Registry %1: the client's login cannot be created: %2</source>
        <translation>Реестр %1: не удаётся создать вход для клиента: %2</translation>
    </message>
</context>
<context>
    <name>DeploymentWizard</name>
    <message>
        <source>Deployment</source>
        <translation>Развёртывание</translation>
    </message>
    <message>
        <source>Load configuration</source>
        <translation>Загрузка конфигурации</translation>
    </message>
    <message>
        <source>Deployment configuration (*.json);;All files (*)</source>
        <translation>Конфигурация развёртывания (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Replace what you have entered in the wizard with “%1”?</source>
        <translation>Заменить введённое в мастере содержимым «%1»?</translation>
    </message>
    <message>
        <source>Nothing was loaded.</source>
        <translation>Ничего не загружено.</translation>
    </message>
    <message>
        <source>“%1” cannot be used.</source>
        <translation>Файл «%1» нельзя использовать.</translation>
    </message>
    <message>
        <source>Loaded “%1”. Go through the pages to check it, and enter the bot token and any passwords again: they are never saved.</source>
        <translation>Загружен файл «%1». Пройдите по страницам, проверьте значения и снова введите токен бота и пароли: они никогда не сохраняются.</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>Сохранение конфигурации</translation>
    </message>
    <message>
        <source>Deployment configuration (*.json)</source>
        <translation>Конфигурация развёртывания (*.json)</translation>
    </message>
    <message>
        <source>Saved to “%1”. Secrets are not in the file.</source>
        <translation>Сохранено в «%1». Секретов в файле нет.</translation>
    </message>
    <message>
        <source>Deployment %1 is not in the journal, or has no configuration: start a new deployment.</source>
        <translation>Развёртывания %1 нет в журнале или у него нет конфигурации: начните новое развёртывание.</translation>
    </message>
    <message>
        <source>Resuming deployment %1: check the pages and enter the bot token and any passwords again — they are never stored.</source>
        <translation>Продолжение развёртывания %1: проверьте страницы и снова введите токен бота и пароли — они никогда не сохраняются.</translation>
    </message>
</context>
<context>
    <name>DeploymentWorker</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>Edition</name>
    <message>
        <source>KKT Deploy Client</source>
        <translation>KKT Deploy для клиентов</translation>
    </message>
    <message>
        <source>KKT Deploy</source>
        <translation>KKT Deploy</translation>
    </message>
</context>
<context>
    <name>ExistingInstanceGuard</name>
    <message>
        <source>Nothing was changed. To deploy over it, confirm it by name: --confirm-instance %1 (on Review: tick the confirmation).</source>
        <translation>Ничего не изменено. Чтобы развернуть поверх него, подтвердите его по имени: --confirm-instance %1 (на странице «Обзор» — отметьте подтверждение).</translation>
    </message>
    <message>
        <source>Nothing was changed: --confirm-instance names %1, but the server runs %2.</source>
        <translation>Ничего не изменено: в --confirm-instance указан %1, а на сервере работает %2.</translation>
    </message>
    <message>
        <source>⚠ This server already runs the PRODUCTION instance %1 for %2: this deployment changes it (its environment file, release, services and database), and its clients notice.</source>
        <translation>⚠ На этом сервере уже работает РАБОЧИЙ экземпляр %1 для %2: это развёртывание изменит его (файл окружения, релиз, службы и базу данных), и его клиенты это заметят.</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>is empty</source>
        <translation>не заполнено</translation>
    </message>
    <message>
        <source>enter the server's IP address or DNS name, e.g. 203.0.113.10</source>
        <translation>введите IP-адрес или DNS-имя сервера, например 203.0.113.10</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address</source>
        <translation>«%1» — некорректный адрес IPv6</translation>
    </message>
    <message>
        <source>write the address as eight groups of hex digits, e.g. 2001:db8::10</source>
        <translation>запишите адрес как восемь групп шестнадцатеричных цифр, например 2001:db8::10</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address</source>
        <translation>«%1» — некорректный адрес IPv4</translation>
    </message>
    <message>
        <source>write four numbers from 0 to 255 separated by dots, e.g. 203.0.113.10</source>
        <translation>запишите четыре числа от 0 до 255 через точку, например 203.0.113.10</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name</source>
        <translation>«%1» — некорректное имя хоста</translation>
    </message>
    <message>
        <source>use letters, digits and hyphens between dots, e.g. vds1.example.ru, or an IP address</source>
        <translation>используйте буквы, цифры и дефисы между точками, например vds1.example.ru, или IP-адрес</translation>
    </message>
    <message>
        <source>%1 is not a TCP port</source>
        <translation>%1 — не номер TCP-порта</translation>
    </message>
    <message>
        <source>enter a number from 1 to 65535 (SSH normally uses 22)</source>
        <translation>введите число от 1 до 65535 (SSH обычно использует 22)</translation>
    </message>
    <message>
        <source>enter the login name on the server, e.g. root</source>
        <translation>введите имя пользователя на сервере, например root</translation>
    </message>
    <message>
        <source>“%1” is not a portable user name</source>
        <translation>«%1» — недопустимое имя пользователя</translation>
    </message>
    <message>
        <source>use up to 32 Latin letters, digits, “_”, “.” or “-”, not starting with a digit, “.” or “-”</source>
        <translation>используйте до 32 латинских букв, цифр, «_», «.» или «-»; имя не может начинаться с цифры, «.» или «-»</translation>
    </message>
    <message>
        <source>is empty, but the key login needs a key file</source>
        <translation>не заполнено, а вход по ключу требует файл ключа</translation>
    </message>
    <message>
        <source>choose your private key file, e.g. ~/.ssh/id_ed25519, or pick another login method</source>
        <translation>выберите файл закрытого ключа, например ~/.ssh/id_ed25519, или другой способ входа</translation>
    </message>
    <message>
        <source>“%1” does not exist or cannot be read</source>
        <translation>«%1» не существует или недоступен для чтения</translation>
    </message>
    <message>
        <source>choose an existing private key file that you can read</source>
        <translation>выберите существующий файл закрытого ключа, доступный для чтения</translation>
    </message>
    <message>
        <source>enter the domain the web interface will use, e.g. kkt.example.ru</source>
        <translation>введите домен веб-интерфейса, например kkt.example.ru</translation>
    </message>
    <message>
        <source>enter a full domain name such as kkt.example.ru or кассы.пример.рф</source>
        <translation>введите полное доменное имя, например kkt.example.ru или кассы.пример.рф</translation>
    </message>
    <message>
        <source>“%1” is an IP address, not a domain name</source>
        <translation>«%1» — IP-адрес, а не доменное имя</translation>
    </message>
    <message>
        <source>“%1” contains characters a domain name cannot have</source>
        <translation>«%1» содержит символы, недопустимые в доменном имени</translation>
    </message>
    <message>
        <source>is longer than 253 characters</source>
        <translation>длиннее 253 символов</translation>
    </message>
    <message>
        <source>“%1” is not a full domain name</source>
        <translation>«%1» — не полное доменное имя</translation>
    </message>
    <message>
        <source>“%1” has an invalid part “%2”</source>
        <translation>в «%1» недопустимая часть «%2»</translation>
    </message>
    <message>
        <source>each part between dots must be 1–63 letters, digits or hyphens, not starting or ending with a hyphen</source>
        <translation>каждая часть между точками — от 1 до 63 букв, цифр или дефисов, без дефиса в начале и в конце</translation>
    </message>
    <message>
        <source>“%1” ends in a number, not a top-level domain</source>
        <translation>«%1» оканчивается числом, а не доменом верхнего уровня</translation>
    </message>
    <message>
        <source>enter an address like ivan@example.ru</source>
        <translation>введите адрес вида ivan@example.ru</translation>
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <translation>«%1» — не адрес электронной почты</translation>
    </message>
    <message>
        <source>the part before “@” in “%1” is not valid</source>
        <translation>в «%1» недопустимая часть до «@»</translation>
    </message>
    <message>
        <source>use Latin letters, digits and . _ + - before “@”, e.g. ivan.petrov@example.ru</source>
        <translation>до «@» используйте латинские буквы, цифры и . _ + -, например ivan.petrov@example.ru</translation>
    </message>
    <message>
        <source>the domain of “%1” is not valid: %2</source>
        <translation>домен адреса «%1» некорректен: %2</translation>
    </message>
    <message>
        <source>enter the number with + and the country code, e.g. +7 912 345-67-89</source>
        <translation>введите номер с + и кодом страны, например +7 912 345-67-89</translation>
    </message>
    <message>
        <source>contains “%1”, which a phone number cannot have</source>
        <translation>содержит «%1», недопустимый в номере телефона</translation>
    </message>
    <message>
        <source>“%1” has no country code</source>
        <translation>в номере «%1» нет кода страны</translation>
    </message>
    <message>
        <source>“%1” is not an international number (7 to 15 digits after +)</source>
        <translation>«%1» — не международный номер (от 7 до 15 цифр после +)</translation>
    </message>
    <message>
        <source>enter the administrator's full name, e.g. Ivan Petrov</source>
        <translation>введите полное имя администратора, например Иван Петров</translation>
    </message>
    <message>
        <source>is longer than 200 characters</source>
        <translation>длиннее 200 символов</translation>
    </message>
    <message>
        <source>shorten the name</source>
        <translation>сократите имя</translation>
    </message>
    <message>
        <source>contains the control character %1</source>
        <translation>содержит управляющий символ %1</translation>
    </message>
    <message>
        <source>retype the name on one line</source>
        <translation>введите имя заново одной строкой</translation>
    </message>
    <message>
        <source>enter the client's company name, e.g. OOO Romashka</source>
        <translation>введите название компании клиента, например ООО «Ромашка»</translation>
    </message>
    <message>
        <source>is longer than 255 characters</source>
        <translation>длиннее 255 символов</translation>
    </message>
    <message>
        <source>shorten the company name</source>
        <translation>сократите название компании</translation>
    </message>
    <message>
        <source>retype the company name on one line</source>
        <translation>введите название компании заново одной строкой</translation>
    </message>
    <message>
        <source>use at least 12 characters with an upper-case letter, a lower-case letter, a digit and a special character, or let KKT Deploy generate one</source>
        <translation>используйте не менее 12 символов, включая заглавную и строчную буквы, цифру и спецсимвол, или позвольте KKT Deploy сгенерировать пароль</translation>
    </message>
    <message>
        <source>is shorter than 12 characters</source>
        <translation>короче 12 символов</translation>
    </message>
    <message>
        <source>is longer than 72 bytes, the most a bcrypt hash can use</source>
        <translation>длиннее 72 байт — больше, чем может учесть хеш bcrypt</translation>
    </message>
    <message>
        <source>shorten the password</source>
        <translation>сократите пароль</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>содержит управляющий символ</translation>
    </message>
    <message>
        <source>an upper-case letter</source>
        <translation>заглавной буквы</translation>
    </message>
    <message>
        <source>a lower-case letter</source>
        <translation>строчной буквы</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>цифры</translation>
    </message>
    <message>
        <source>a special character</source>
        <translation>спецсимвола</translation>
    </message>
    <message>
        <source>has no %1</source>
        <translation>нет %1</translation>
    </message>
    <message>
        <source>copy the whole token BotFather sent, e.g. 123456789:AA… (digits, a colon, 35 characters)</source>
        <translation>скопируйте токен от BotFather целиком, например 123456789:AA… (цифры, двоеточие, 35 символов)</translation>
    </message>
    <message>
        <source>does not have the form of a bot token</source>
        <translation>не похож на токен бота</translation>
    </message>
    <message>
        <source>enter the numeric user ID (the user can get it from @userinfobot), e.g. 123456789</source>
        <translation>введите числовой ID пользователя (его можно узнать у @userinfobot), например 123456789</translation>
    </message>
    <message>
        <source>“%1” is not a Telegram user ID (a positive whole number)</source>
        <translation>«%1» — не ID пользователя Telegram (положительное целое число)</translation>
    </message>
    <message>
        <source>has no IDs</source>
        <translation>нет ни одного ID</translation>
    </message>
    <message>
        <source>add at least one administrator's Telegram user ID</source>
        <translation>добавьте ID Telegram хотя бы одного администратора</translation>
    </message>
    <message>
        <source>%1 is not a Telegram user ID (a positive whole number)</source>
        <translation>%1 — не ID пользователя Telegram (положительное целое число)</translation>
    </message>
    <message>
        <source>remove it and enter the numeric user ID, e.g. 123456789</source>
        <translation>удалите его и введите числовой ID пользователя, например 123456789</translation>
    </message>
    <message>
        <source>“%1” is not a time of day</source>
        <translation>«%1» — не время суток</translation>
    </message>
    <message>
        <source>write hours and minutes as HH:MM, from 00:00 to 23:59, e.g. 09:00</source>
        <translation>укажите часы и минуты в виде ЧЧ:ММ, от 00:00 до 23:59, например 09:00</translation>
    </message>
    <message>
        <source>choose a zone from the IANA list, e.g. Europe/Moscow</source>
        <translation>выберите часовой пояс из списка IANA, например Europe/Moscow</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone</source>
        <translation>«%1» — неизвестный часовой пояс</translation>
    </message>
    <message>
        <source>enter whole numbers of days from 1 to 365, e.g. 14, 7, 3</source>
        <translation>введите целые числа дней от 1 до 365, например 14, 7, 3</translation>
    </message>
    <message>
        <source>has no values</source>
        <translation>нет ни одного значения</translation>
    </message>
    <message>
        <source>%1 is outside 1–365 days</source>
        <translation>%1 — вне диапазона 1–365 дней</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>«%1» — не целое число</translation>
    </message>
    <message>
        <source>keep backups for 1 to 365 days, e.g. 7</source>
        <translation>храните резервные копии от 1 до 365 дней, например 7</translation>
    </message>
    <message>
        <source>“%1” is not a release version</source>
        <translation>«%1» — не версия релиза</translation>
    </message>
    <message>
        <source>enter a version such as v1.0.1 or 1.0.1-test</source>
        <translation>введите версию, например v1.0.1 или 1.0.1-test</translation>
    </message>
    <message>
        <source>choose the release archive, e.g. kkt-app-v1.0.0.tar.gz</source>
        <translation>выберите архив релиза, например kkt-app-v1.0.0.tar.gz</translation>
    </message>
    <message>
        <source>choose an existing release archive that you can read</source>
        <translation>выберите существующий архив релиза, доступный для чтения</translation>
    </message>
    <message>
        <source>choose the release's checksums.txt or paste the archive's SHA-256 (64 hex digits)</source>
        <translation>выберите checksums.txt релиза или вставьте SHA-256 архива (64 шестнадцатеричные цифры)</translation>
    </message>
    <message>
        <source>is empty; a release is never deployed without a checksum</source>
        <translation>не заполнено; релиз никогда не развёртывается без контрольной суммы</translation>
    </message>
    <message>
        <source>“%1” is neither a SHA-256 nor a readable file</source>
        <translation>«%1» — не SHA-256 и не доступный для чтения файл</translation>
    </message>
    <message>
        <source>choose an existing payload profile (.json), or leave it empty for KKT 1.0</source>
        <translation>выберите существующий профиль приложения (.json) или оставьте пустым для KKT 1.0</translation>
    </message>
    <message>
        <source>“%1” has a part “%2” that starts or ends with a hyphen</source>
        <translation>в «%1» часть «%2» начинается или заканчивается дефисом</translation>
    </message>
    <message>
        <source>a hyphen may only stand between letters or digits, e.g. my-kkt.example.ru</source>
        <translation>дефис может стоять только между буквами или цифрами, например my-kkt.example.ru</translation>
    </message>
    <message>
        <source>choose the certificate's private key file (PEM) on this computer; KKT Deploy uploads it to the server, readable by root only</source>
        <translation>выберите файл закрытого ключа сертификата (PEM) на этом компьютере; KKT Deploy загрузит его на сервер с доступом только для root</translation>
    </message>
    <message>
        <source>choose the certificate file (PEM, with its chain) on this computer; KKT Deploy uploads it to the server</source>
        <translation>выберите файл сертификата (PEM, с цепочкой) на этом компьютере; KKT Deploy загрузит его на сервер</translation>
    </message>
    <message>
        <source>is “none”, and a production site without TLS sends passwords in the clear</source>
        <translation>— «none», а рабочий сайт без TLS передаёт пароли открытым текстом</translation>
    </message>
    <message>
        <source>choose Let's Encrypt or an existing certificate, or acknowledge plain HTTP explicitly ("acceptNoTls": true in the file)</source>
        <translation>выберите Let's Encrypt или имеющийся сертификат либо явно подтвердите работу по HTTP ("acceptNoTls": true в файле)</translation>
    </message>
</context>
<context>
    <name>FileDigest</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 не читается: %2</translation>
    </message>
    <message>
        <source>SHA-256 is not available from the crypto library</source>
        <translation>криптобиблиотека не предоставляет SHA-256</translation>
    </message>
</context>
<context>
    <name>FleetApply</name>
    <message>
        <source>with --all: the instance updated first, alone (default: a reachable test instance, else the oldest deployment)</source>
        <translation>с --all: экземпляр, обновляемый первым и в одиночку (по умолчанию — доступный тестовый экземпляр, иначе самое раннее развёртывание)</translation>
    </message>
    <message>
        <source>with --all: the second wave's share of the fleet in percent (default 25)</source>
        <translation>с --all: доля парка во второй волне, в процентах (по умолчанию 25)</translation>
    </message>
    <message>
        <source>with --all: how many instances are updated at once within a wave (default 2)</source>
        <translation>с --all: сколько экземпляров обновляется одновременно в пределах волны (по умолчанию 2)</translation>
    </message>
    <message>
        <source>with --all: failures tolerated before the fleet halts (default 0: the first halts)</source>
        <translation>с --all: сколько сбоев допустимо, прежде чем обновление парка остановится (по умолчанию 0: останавливает первый)</translation>
    </message>
    <message>
        <source>update apply: --%1: “%2” is not a whole number — give e.g. --%1 %3</source>
        <translation>update apply: --%1: «%2» — не целое число; укажите, например, --%1 %3</translation>
    </message>
    <message>
        <source>update apply: %1</source>
        <translation>update apply: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n instance(s) …</source>
        <translation><numerusform>Проверка %n экземпляра …</numerusform><numerusform>Проверка %n экземпляров …</numerusform><numerusform>Проверка %n экземпляров …</numerusform></translation>
    </message>
    <message>
        <source>WAVE</source>
        <translation>ВОЛНА</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>ЭКЗЕМПЛЯР</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ХОСТ</translation>
    </message>
    <message>
        <source>FROM → TO</source>
        <translation>С → НА</translation>
    </message>
    <message>
        <source> (check failed: %1)</source>
        <translation> (проверка не удалась: %1)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>Concurrency %1, halts when more than %2 fail.</source>
        <translation>Одновременно: %1; остановка, когда сбоев больше %2.</translation>
    </message>
    <message>
        <source>update apply: cancelled during the check; nothing was changed</source>
        <translation>update apply: отменено во время проверки; ничего не изменено</translation>
    </message>
    <message numerus="yes">
        <source>Update %n instance(s) in waves to %1 (%2, %3)?</source>
        <translation><numerusform>Обновить %n экземпляр волнами до %1 (%2, %3)?</numerusform><numerusform>Обновить %n экземпляра волнами до %1 (%2, %3)?</numerusform><numerusform>Обновить %n экземпляров волнами до %1 (%2, %3)?</numerusform></translation>
    </message>
    <message>
        <source>migrates the database</source>
        <translation>меняет схему базы данных</translation>
    </message>
    <message>
        <source>no migration</source>
        <translation>без миграции</translation>
    </message>
    <message>
        <source>update apply: not approved; nothing was changed (pass --yes to approve)</source>
        <translation>update apply: не одобрено; ничего не изменено (--yes одобряет)</translation>
    </message>
    <message>
        <source>%1 updating %2 → %3 on %4 …</source>
        <translation>%1 обновление %2 → %3 на %4 …</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Fleet update to %1: %2</source>
        <translation>Обновление парка до %1: %2</translation>
    </message>
</context>
<context>
    <name>FleetUpdateDialog</name>
    <message>
        <source>Update the fleet</source>
        <translation>Обновление парка</translation>
    </message>
    <message>
        <source>The checked instances are updated in waves: one canary, then a share of the fleet, then the rest. A failure beyond the threshold halts the fleet before any further instance starts.</source>
        <translation>Проверенные экземпляры обновляются волнами: сначала один пробный («канарейка»), затем часть парка, затем остальные. Сбой сверх допустимого останавливает обновление парка, прежде чем начнётся следующий экземпляр.</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>&amp;Релиз:</translation>
    </message>
    <message>
        <source>The release every instance of the plan is updated to</source>
        <translation>Релиз, до которого обновляется каждый экземпляр плана</translation>
    </message>
    <message>
        <source>&amp;Canary:</source>
        <translation>Пробный &amp;экземпляр:</translation>
    </message>
    <message>
        <source>The instance updated first, alone; automatic: a reachable test instance, else the oldest deployment</source>
        <translation>Экземпляр, обновляемый первым и в одиночку; автоматически — доступный тестовый экземпляр, иначе самое раннее развёртывание</translation>
    </message>
    <message>
        <source>&amp;Second wave:</source>
        <translation>Вто&amp;рая волна:</translation>
    </message>
    <message>
        <source>The second wave's share of the fleet, rounded up, at least one instance</source>
        <translation>Доля парка во второй волне, с округлением вверх, не меньше одного экземпляра</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;At once:</source>
        <translation>&amp;Одновременно:</translation>
    </message>
    <message>
        <source>How many instances of a wave are updated at the same time</source>
        <translation>Сколько экземпляров волны обновляется одновременно</translation>
    </message>
    <message>
        <source>&amp;Failures tolerated:</source>
        <translation>&amp;Допустимо сбоев:</translation>
    </message>
    <message>
        <source>0: the first failed, rolled back or unreachable instance halts the fleet</source>
        <translation>0: первый неудавшийся, откаченный или недоступный экземпляр останавливает обновление парка</translation>
    </message>
    <message>
        <source>&amp;Update fleet</source>
        <translation>Обновить &amp;парк</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Волна</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Экземпляр</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>С → на</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>обновляется…</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>обновлён</translation>
    </message>
    <message>
        <source>failed, rolled back</source>
        <translation>не удалось, откачен</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не удалось</translation>
    </message>
    <message>
        <source>No checked instance has a newer release — check all first.</source>
        <translation>Ни для одного проверенного экземпляра нет более нового релиза — сначала проверьте все.</translation>
    </message>
    <message>
        <source>Every checked instance already runs %1; nothing to update.</source>
        <translation>Все проверенные экземпляры уже работают на %1; обновлять нечего.</translation>
    </message>
    <message>
        <source>check failed: %1</source>
        <translation>проверка не удалась: %1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>Fetching release %1…</source>
        <translation>Загрузка релиза %1…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed on any server.</source>
        <translation>Отменено: ни на одном сервере ничего не изменено.</translation>
    </message>
    <message>
        <source>The release could not be fetched: %1</source>
        <translation>Не удалось получить релиз: %1</translation>
    </message>
    <message>
        <source>Release %1 fetched and verified: %2</source>
        <translation>Релиз %1 загружен и проверен: %2</translation>
    </message>
    <message>
        <source>Updating the fleet to %1…</source>
        <translation>Обновление парка до %1…</translation>
    </message>
    <message>
        <source>Cancelling: no further instance starts; running updates stop at a safe point…</source>
        <translation>Отмена: новые экземпляры не начинаются; идущие обновления остановятся в безопасной точке…</translation>
    </message>
    <message>
        <source>Fleet update to %1: %2</source>
        <translation>Обновление парка до %1: %2</translation>
    </message>
</context>
<context>
    <name>FleetUpdateRunner</name>
    <message>
        <source>%1 updated, %2 rolled back, %3 failed, %4 skipped, %5 not started</source>
        <translation>обновлено: %1, откачено: %2, не удалось: %3, пропущено: %4, не начато: %5</translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation>, отменено: %1</translation>
    </message>
    <message>
        <source> — halted in wave %1/%2: the failures exceeded the threshold</source>
        <translation> — остановлено в волне %1/%2: сбоев больше допустимого</translation>
    </message>
    <message>
        <source> — cancelled</source>
        <translation> — отменено</translation>
    </message>
</context>
<context>
    <name>FleetWavePlan</name>
    <message>
        <source>--share: %1 is not a percentage of the fleet — give 1 to 100 (default 25)</source>
        <translation>--share: %1 — не доля парка в процентах; укажите от 1 до 100 (по умолчанию 25)</translation>
    </message>
    <message>
        <source>--concurrency: %1 instances at once is not possible — give 1 or more (default 2)</source>
        <translation>--concurrency: %1 экземпляров одновременно — невозможно; укажите 1 или больше (по умолчанию 2)</translation>
    </message>
    <message>
        <source>--max-failures: %1 is negative — give 0 (the first failure halts) or more</source>
        <translation>--max-failures: %1 — отрицательное число; укажите 0 (первый сбой останавливает) или больше</translation>
    </message>
    <message>
        <source>the release “%1” is no version — give a release such as 1.2.0</source>
        <translation>релиз «%1» — не номер версии; укажите релиз, например 1.2.0</translation>
    </message>
    <message>
        <source>already on %1</source>
        <translation>уже на %1</translation>
    </message>
    <message>
        <source>runs %1, newer than %2</source>
        <translation>работает на %1, более новой, чем %2</translation>
    </message>
    <message>
        <source>--canary: %1 needs no update to %2 — name an instance that does, or leave --canary out</source>
        <translation>--canary: %1 не нуждается в обновлении до %2 — укажите экземпляр, которому оно нужно, или уберите --canary</translation>
    </message>
    <message>
        <source>--canary: %1 is no active instance of the registry — give its name (INST-…), UUID or id</source>
        <translation>--canary: %1 — не активный экземпляр реестра; укажите его имя (INST-…), UUID или id</translation>
    </message>
    <message>
        <source>fleet wave %1/%2</source>
        <translation>волна парка %1/%2</translation>
    </message>
</context>
<context>
    <name>GitHubCall</name>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message numerus="yes">
        <source>GitHub's API rate limit is used up%1; it resets at %2 (in %n minute(s)) — wait until then, or set a GitHub token in the release settings for a higher limit</source>
        <translation>
            <numerusform>лимит запросов к API GitHub исчерпан%1; он обновится в %2 (через %n минуту) — подождите или укажите токен GitHub в настройках релизов, чтобы лимит был выше</numerusform>
            <numerusform>лимит запросов к API GitHub исчерпан%1; он обновится в %2 (через %n минуты) — подождите или укажите токен GitHub в настройках релизов, чтобы лимит был выше</numerusform>
            <numerusform>лимит запросов к API GitHub исчерпан%1; он обновится в %2 (через %n минут) — подождите или укажите токен GitHub в настройках релизов, чтобы лимит был выше</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 requests per hour)</source>
        <translation> (%1 запросов в час)</translation>
    </message>
    <message>
        <source>GitHub's API rate limit is used up — wait a few minutes, or set a GitHub token in the release settings for a higher limit</source>
        <translation>лимит запросов к API GitHub исчерпан — подождите несколько минут или укажите токен GitHub в настройках релизов, чтобы лимит был выше</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>GitHub could not be reached: %1 — check the network and the API address %2</source>
        <translation>GitHub недоступен: %1 — проверьте сеть и адрес API %2</translation>
    </message>
    <message>
        <source>GitHub answered HTTP %1</source>
        <translation>GitHub ответил HTTP %1</translation>
    </message>
    <message>
        <source>GitHub refused the token (HTTP 401) — it is wrong, expired or revoked; set a new one in the release settings or remove it</source>
        <translation>GitHub отклонил токен (HTTP 401) — он неверен, истёк или отозван; укажите новый в настройках релизов или удалите его</translation>
    </message>
    <message>
        <source>%1 was not found (HTTP 404) — check the repository name and the tag</source>
        <translation>%1 не найден (HTTP 404) — проверьте имя репозитория и тег</translation>
    </message>
    <message>
        <source>GitHub answered HTTP %1 for %2: %3</source>
        <translation>GitHub ответил HTTP %1 на запрос «%2»: %3</translation>
    </message>
    <message>
        <source>%1 answered with something that is not GitHub's release JSON — check the API address %2</source>
        <translation>%1 ответил не JSON-описанием релизов GitHub — проверьте адрес API %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed after %n attempt(s): %2</source>
        <translation>
            <numerusform>запрос «%1» не удался после %n попытки: %2</numerusform>
            <numerusform>запрос «%1» не удался после %n попыток: %2</numerusform>
            <numerusform>запрос «%1» не удался после %n попыток: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>release %1 has no manifest.json</source>
        <translation>у релиза %1 нет manifest.json</translation>
    </message>
</context>
<context>
    <name>GitHubReleases</name>
    <message>
        <source>“%1” is not a GitHub repository name — write it as owner/name, e.g. %2</source>
        <translation>«%1» — не имя репозитория GitHub — пишите владелец/имя, например %2</translation>
    </message>
    <message>
        <source>the latest release of %1</source>
        <translation>последний релиз %1</translation>
    </message>
    <message>
        <source>release %1 of %2</source>
        <translation>релиз %1 репозитория %2</translation>
    </message>
    <message>
        <source>the releases of %1</source>
        <translation>релизы %1</translation>
    </message>
    <message>
        <source>manifest.json of release %1</source>
        <translation>manifest.json релиза %1</translation>
    </message>
</context>
<context>
    <name>HistoryRecord</name>
    <message>
        <source>deployment</source>
        <translation>развёртывание</translation>
    </message>
    <message>
        <source>update</source>
        <translation>обновление</translation>
    </message>
    <message>
        <source>rollback</source>
        <translation>откат</translation>
    </message>
    <message>
        <source>health check</source>
        <translation>проверка работоспособности</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>успешно</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>с ошибкой</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>удаление</translation>
    </message>
</context>
<context>
    <name>HostKeyVerifier</name>
    <message>
        <source>The server sent no host key</source>
        <translation>Сервер не прислал ключ хоста</translation>
    </message>
    <message>
        <source>Could not compute the host key's fingerprint</source>
        <translation>Не удалось вычислить отпечаток ключа хоста</translation>
    </message>
    <message>
        <source>The host key of %1 is %2 %3, not the expected %4. Someone may be intercepting the connection, or the fingerprint given is wrong. KKT Deploy did not log in. Check the fingerprint with your hosting provider (ssh-keygen -lf on the server's key).</source>
        <translation>Ключ хоста %1 — %2 %3, а не ожидаемый %4. Возможно, кто-то перехватывает соединение, или указан неверный отпечаток. KKT Deploy не выполнил вход. Сверьте отпечаток с хостинг-провайдером (ssh-keygen -lf для ключа сервера).</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED since it was accepted: it is now %2 %3. This can mean that someone is intercepting the connection — or that the server was reinstalled. KKT Deploy will not connect. If you know the server was reinstalled, confirm the new fingerprint with your hosting provider and remove the old entry for %1 from %4 (or ~/.ssh/known_hosts).</source>
        <translation>Ключ хоста %1 ИЗМЕНИЛСЯ с тех пор, как его приняли: теперь это %2 %3. Это может означать, что кто-то перехватывает соединение, — или что сервер переустановили. KKT Deploy не будет подключаться. Если вы знаете, что сервер переустановлен, подтвердите новый отпечаток у хостинг-провайдера и удалите старую запись для %1 из %4 (или ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <source>%1 now presents a %2 host key (%3), but a key of a different type is on file for it. This can mean that someone is intercepting the connection — or that the server was reinstalled. KKT Deploy will not connect. If the change is expected, confirm the new fingerprint with your hosting provider and remove the old entry for %1 from %4 (or ~/.ssh/known_hosts).</source>
        <translation>%1 теперь предъявляет ключ хоста %2 (%3), а для него сохранён ключ другого типа. Это может означать, что кто-то перехватывает соединение, — или что сервер переустановили. KKT Deploy не будет подключаться. Если смена ожидаема, подтвердите новый отпечаток у хостинг-провайдера и удалите старую запись для %1 из %4 (или ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <source>%1 is not known yet. Its %2 host key has the fingerprint %3. Compare it with the one your hosting provider shows before you accept it.</source>
        <translation>%1 ещё не известен. Отпечаток его ключа хоста %2: %3. Прежде чем принять его, сравните с отпечатком, который показывает хостинг-провайдер.</translation>
    </message>
    <message>
        <source>Could not read the known-hosts files %1 and %2</source>
        <translation>Не удалось прочитать файлы известных хостов %1 и %2</translation>
    </message>
    <message>
        <source>Could not save the host key in %1</source>
        <translation>Не удалось сохранить ключ хоста в %1</translation>
    </message>
    <message>
        <source>The connection closed before the host key was accepted</source>
        <translation>Соединение закрылось до того, как ключ хоста был принят</translation>
    </message>
    <message>
        <source>The accepted fingerprint %1 is not the server's key %2</source>
        <translation>Принятый отпечаток %1 не совпадает с ключом сервера %2</translation>
    </message>
</context>
<context>
    <name>InstanceCsv</name>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>Не удалось записать файл CSV: %1</translation>
    </message>
</context>
<context>
    <name>InstanceHealthCheck</name>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation><numerusform>Пройдена %n проверка.</numerusform><numerusform>Пройдены все %n проверки.</numerusform><numerusform>Пройдены все %n проверок.</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 checks passed. Failing: %3</source>
        <translation>Пройдено %1 из %2 проверок. Не пройдены: %3</translation>
    </message>
    <message>
        <source>The result could not be recorded: %1</source>
        <translation>Результат не удалось записать: %1</translation>
    </message>
</context>
<context>
    <name>InstanceLayout</name>
    <message>
        <source>the built-in template “%1” is missing</source>
        <translation>встроенный шаблон «%1» отсутствует</translation>
    </message>
</context>
<context>
    <name>InstanceResolver</name>
    <message>
        <source>this server already runs %1 instance %2 for %3, not %4 — deploy to another server, or remove that instance first</source>
        <translation>на этом сервере уже работает экземпляр %1 %2 для %3, а не %4 — разверните на другом сервере или сначала удалите тот экземпляр</translation>
    </message>
    <message>
        <source>instance %1 on this server runs %2; deploying %3 onto it would replace it without a backup — update it instead: kkt-deploy update apply --instance %1 --archive FILE --checksums FILE</source>
        <translation>на этом сервере экземпляр %1 работает на версии %2; развёртывание %3 поверх него заменило бы его без резервной копии — обновите его: kkt-deploy update apply --instance %1 --archive ФАЙЛ --checksums ФАЙЛ</translation>
    </message>
    <message>
        <source>The server already has instance %1; it is brought up to date.</source>
        <translation>На сервере уже есть экземпляр %1; он будет приведён в актуальное состояние.</translation>
    </message>
</context>
<context>
    <name>InstanceTarget</name>
    <message>
        <source>%1: --instance: %2 — kkt-deploy registry list shows the instances</source>
        <translation>%1: --instance: %2 — список экземпляров показывает kkt-deploy registry list</translation>
    </message>
    <message>
        <source>“%1” is not in the registry</source>
        <translation>«%1» нет в реестре</translation>
    </message>
</context>
<context>
    <name>IssueTokenDialog</name>
    <message>
        <source>Self-service tokens</source>
        <translation>Токены для клиентов</translation>
    </message>
    <message>
        <source>Issue a token</source>
        <translation>Выдать токен</translation>
    </message>
    <message>
        <source>Client &amp;company:</source>
        <translation>&amp;Компания клиента:</translation>
    </message>
    <message>
        <source>OOO Romashka</source>
        <translation>ООО «Ромашка»</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Действует дней:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>&amp;Issue token</source>
        <translation>Вы&amp;дать токен</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Ско&amp;пировать</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Выдал</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Issue self-service &amp;token…</source>
        <translation>Выдать &amp;токен клиенту…</translation>
    </message>
    <message>
        <source>Client company: empty — enter the company the instance is for; the client’s instance is recorded under this name</source>
        <translation>Компания клиента: не заполнена — введите компанию, для которой разворачивается экземпляр; он будет записан под этим именем</translation>
    </message>
    <message>
        <source>Issuing a token…</source>
        <translation>Выдача токена…</translation>
    </message>
    <message>
        <source>No token was issued: %1</source>
        <translation>Токен не выдан: %1</translation>
    </message>
    <message>
        <source>The tokens cannot be listed: %1</source>
        <translation>Не удалось получить список токенов: %1</translation>
    </message>
    <message>
        <source>The deployment key — shown only now</source>
        <translation>Ключ развёртывания — показывается только сейчас</translation>
    </message>
    <message>
        <source>Deployment key issued for %1. Hand it over now: it is shown only once; the registry keeps only the token’s hash and the login’s password verifier.</source>
        <translation>Ключ развёртывания выдан для %1. Передайте его сейчас: он показывается только один раз; реестр хранит только хеш токена и проверочные данные пароля входа.</translation>
    </message>
    <message>
        <source>Your KKT instance: deploy it yourself

1. Install KKT Deploy Client (the package kkt-deploy-client) and start it.
2. On the Welcome page, paste this deployment key and press Check key:

   %1

3. Go through the wizard: your server, the administrator, the Telegram bot, the settings; then Deploy.

The key works once, for one server, until %2. Keep it to yourself: it is also your login to the KKT registry.</source>
        <translation>Ваш экземпляр KKT: разверните его сами

1. Установите KKT Deploy для клиентов (пакет kkt-deploy-client) и запустите его.
2. На странице «Добро пожаловать» вставьте этот ключ развёртывания и нажмите «Проверить ключ»:

   %1

3. Пройдите мастер: ваш сервер, администратор, Telegram-бот, настройки; затем «Развернуть».

Ключ действует один раз, для одного сервера, до %2. Никому его не передавайте: это ещё и ваш вход в реестр KKT.</translation>
    </message>
</context>
<context>
    <name>LiveLog</name>
    <message numerus="yes">
        <source>(%n earlier line(s) of this run are not kept)</source>
        <translation><numerusform>(%n более ранняя строка этого запуска не сохранена)</numerusform><numerusform>(%n более ранние строки этого запуска не сохранены)</numerusform><numerusform>(%n более ранних строк этого запуска не сохранено)</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Развёртывание</translation>
    </message>
    <message>
        <source>Loaded “%1”</source>
        <translation>Загружен «%1»</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>Сохранён «%1»</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Load configuration…</source>
        <translation>&amp;Загрузить конфигурацию…</translation>
    </message>
    <message>
        <source>&amp;Save configuration…</source>
        <translation>&amp;Сохранить конфигурацию…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About KKT Deploy</source>
        <translation>&amp;О программе KKT Deploy</translation>
    </message>
    <message>
        <source>About KKT Deploy</source>
        <translation>О программе KKT Deploy</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KKT Deploy %1&lt;/h3&gt;&lt;p&gt;Puts a complete KKT stack — web application, Telegram bot and PostgreSQL database — on a client’s server and keeps it up to date.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KKT Deploy %1&lt;/h3&gt;&lt;p&gt;Разворачивает полный стек KKT — веб-приложение, Telegram-бот и базу данных PostgreSQL — на сервере клиента и поддерживает его в актуальном состоянии.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>Р&amp;еестр</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>Реестр: %1</translation>
    </message>
    <message>
        <source>Quit KKT Deploy</source>
        <translation>Выход из KKT Deploy</translation>
    </message>
    <message>
        <source>A deployment is running. Quitting stops it at the next safe point: the step now running finishes its command, the journal records where it stopped, and KKT Deploy closes. Nothing is rolled back; resume the deployment later from the Welcome page.

Stop the deployment and quit?</source>
        <translation>Идёт развёртывание. Выход остановит его в ближайшей безопасной точке: текущий шаг доведёт свою команду до конца, журнал запишет, где оно остановилось, и KKT Deploy закроется. Ничего не откатывается; продолжите развёртывание позже со страницы «Добро пожаловать».

Остановить развёртывание и выйти?</translation>
    </message>
    <message>
        <source>Stopping the deployment at the next safe point…</source>
        <translation>Развёртывание останавливается в ближайшей безопасной точке…</translation>
    </message>
    <message>
        <source>What you have entered in the wizard is not saved and will be lost. Save the configuration first? (Passwords and the bot token are never saved.)</source>
        <translation>Введённое в мастере не сохранено и будет потеряно. Сначала сохранить конфигурацию? (Пароли и токен бота не сохраняются никогда.)</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Обновления</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Cannot open the outbox %1: %2</source>
        <translation>Не удалось открыть очередь отправки %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the outbox %1: %2</source>
        <translation>Не удалось подготовить очередь отправки %1: %2</translation>
    </message>
    <message>
        <source>Cannot queue the write in %1: %2</source>
        <translation>Не удалось поставить запись в очередь %1: %2</translation>
    </message>
    <message>
        <source>Another KKT Deploy is sending the outbox %1</source>
        <translation>Очередь %1 сейчас отправляет другой экземпляр KKT Deploy</translation>
    </message>
    <message>
        <source>unknown kind of write “%1”</source>
        <translation>неизвестный вид записи «%1»</translation>
    </message>
</context>
<context>
    <name>OwnInstanceTab</name>
    <message>
        <source>Your instance in the KKT registry</source>
        <translation>Ваш экземпляр в реестре KKT</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Экземпляр:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Компания:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Домен:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Reading your instance from the registry…</source>
        <translation>Чтение вашего экземпляра из реестра…</translation>
    </message>
    <message>
        <source>Your token has not been used yet: the instance appears here once the deployment starts.</source>
        <translation>Токен ещё не использован: экземпляр появится здесь, когда начнётся развёртывание.</translation>
    </message>
    <message>
        <source>Enter your deployment key on the Deploy tab: this tab shows the instance it deploys and its history.</source>
        <translation>Введите ключ развёртывания на вкладке «Развёртывание»: здесь будут показаны развёртываемый экземпляр и его история.</translation>
    </message>
</context>
<context>
    <name>PayloadLayout</name>
    <message>
        <source>%1 layout: the file %2 is missing</source>
        <translation>структура %1: нет файла %2</translation>
    </message>
    <message>
        <source>%1 layout: the folder %2/ is missing</source>
        <translation>структура %1: нет папки %2/</translation>
    </message>
    <message>
        <source>%1 layout: none of %2 is present</source>
        <translation>структура %1: нет ни одного из файлов %2</translation>
    </message>
    <message>
        <source>%1 layout: everything is inside the single folder %2/ — the release must have its files at the top level (names starting with “./”)</source>
        <translation>структура %1: всё лежит в единственной папке %2/ — файлы релиза должны быть на верхнем уровне (имена начинаются с «./»)</translation>
    </message>
    <message>
        <source>%1: an SQLite database shipped as a development leftover — it is not used; the application runs on PostgreSQL only</source>
        <translation>%1: база SQLite, оставшаяся от разработки — она не используется; приложение работает только с PostgreSQL</translation>
    </message>
    <message>
        <source>%1: an environment file shipped in the release — it is not used; .env is generated from the wizard's settings</source>
        <translation>%1: файл окружения в составе релиза — он не используется; .env создаётся из настроек мастера</translation>
    </message>
    <message>
        <source>%1: a test or maintenance script shipped in the release — the installer does not run it</source>
        <translation>%1: тестовый или служебный скрипт в составе релиза — установщик его не запускает</translation>
    </message>
</context>
<context>
    <name>PayloadProfile</name>
    <message>
        <source>cannot read the payload profile “%1”: %2</source>
        <translation>не удаётся прочитать профиль приложения «%1»: %2</translation>
    </message>
    <message>
        <source>the payload profile “%1” is not valid JSON: %2</source>
        <translation>профиль приложения «%1» не является корректным JSON: %2</translation>
    </message>
    <message>
        <source>the payload profile's script “%1” cannot be read: %2</source>
        <translation>не удаётся прочитать сценарий профиля «%1»: %2</translation>
    </message>
    <message>
        <source>the payload profile lacks: %1</source>
        <translation>в профиле приложения не хватает: %1</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>show what a deployment would change on the server, without changing anything</source>
        <translation>показать, что развёртывание изменит на сервере, ничего не меняя</translation>
    </message>
    <message>
        <source>print the plan as JSON</source>
        <translation>вывести план в формате JSON</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>plan: %1</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>уже сделано</translation>
    </message>
    <message>
        <source>will change</source>
        <translation>будет изменено</translation>
    </message>
    <message>
        <source>cannot know until run</source>
        <translation>станет ясно при выполнении</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) will change.</source>
        <translation>
            <numerusform>Будет изменён %n шаг.</numerusform>
            <numerusform>Будут изменены %n шага.</numerusform>
            <numerusform>Будут изменены %n шагов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeBatch</name>
    <message>
        <source>checked with Telegram when the step runs</source>
        <translation>проверяется в Telegram при выполнении шага</translation>
    </message>
    <message>
        <source>looks done, but its check fails (%1): the step will report it</source>
        <translation>похоже, уже сделано, но проверка не проходит (%1): шаг сообщит об этом</translation>
    </message>
    <message>
        <source>no detail</source>
        <translation>без подробностей</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>connect to a server, check its host key and print its facts (OS, CPU, RAM, disk, ports …)</source>
        <translation>подключиться к серверу, проверить его ключ хоста и вывести сведения о нём (ОС, ЦП, память, диск, порты …)</translation>
    </message>
    <message>
        <source>the server: name, address or ~/.ssh/config alias</source>
        <translation>сервер: имя, адрес или псевдоним из ~/.ssh/config</translation>
    </message>
    <message>
        <source>SSH port (default: ~/.ssh/config, else 22)</source>
        <translation>порт SSH (по умолчанию: из ~/.ssh/config, иначе 22)</translation>
    </message>
    <message>
        <source>login user (default: ~/.ssh/config, else root)</source>
        <translation>пользователь для входа (по умолчанию: из ~/.ssh/config, иначе root)</translation>
    </message>
    <message>
        <source>private key file; its passphrase comes from %1</source>
        <translation>файл закрытого ключа; парольная фраза берётся из %1</translation>
    </message>
    <message>
        <source>read the SSH password from the first line of standard input (or set %1)</source>
        <translation>прочитать пароль SSH из первой строки стандартного ввода (или задайте %1)</translation>
    </message>
    <message>
        <source>KKT Deploy's known-hosts file (default: %1)</source>
        <translation>файл известных хостов KKT Deploy (по умолчанию: %1)</translation>
    </message>
    <message>
        <source>your own known-hosts file, read only (default: ~/.ssh/known_hosts)</source>
        <translation>ваш собственный файл известных хостов, только чтение (по умолчанию: ~/.ssh/known_hosts)</translation>
    </message>
    <message>
        <source>SSH client configuration (default: ~/.ssh/config)</source>
        <translation>настройки клиента SSH (по умолчанию: ~/.ssh/config)</translation>
    </message>
    <message>
        <source>trust and remember an unknown host key</source>
        <translation>доверять незнакомому ключу хоста и запомнить его</translation>
    </message>
    <message>
        <source>require exactly this host key (as ssh-keygen -lf prints it)</source>
        <translation>требовать именно этот ключ хоста (в виде, как его выводит ssh-keygen -lf)</translation>
    </message>
    <message>
        <source>also check that this domain's DNS points at the server</source>
        <translation>также проверить, что DNS этого домена указывает на сервер</translation>
    </message>
    <message>
        <source>seconds to wait for the connection (default 15)</source>
        <translation>сколько секунд ждать подключения (по умолчанию 15)</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>вывести результат в формате JSON</translation>
    </message>
    <message>
        <source>probe: %1</source>
        <translation>probe: %1</translation>
    </message>
    <message>
        <source>--host is missing — give the server, e.g. kkt-deploy probe --host 203.0.113.5</source>
        <translation>не указан --host — укажите сервер, например kkt-deploy probe --host 203.0.113.5</translation>
    </message>
    <message>
        <source>unexpected argument “%1” — see kkt-deploy probe --help</source>
        <translation>лишний аргумент «%1» — см. kkt-deploy probe --help</translation>
    </message>
    <message>
        <source>--port: “%1” is not a port — use a number from 1 to 65535</source>
        <translation>--port: «%1» — не порт — укажите число от 1 до 65535</translation>
    </message>
    <message>
        <source>--timeout: “%1” is not a number of seconds — use e.g. --timeout 15</source>
        <translation>--timeout: «%1» — не число секунд — укажите, например, --timeout 15</translation>
    </message>
    <message>
        <source>--accept-new and --fingerprint exclude each other — pin the key or accept a new one</source>
        <translation>--accept-new и --fingerprint исключают друг друга — закрепите ключ или примите новый</translation>
    </message>
    <message>
        <source>--fingerprint: “%1” is not a SHA256 fingerprint — copy it as ssh-keygen -lf prints it (SHA256:…)</source>
        <translation>--fingerprint: «%1» — не отпечаток SHA256 — скопируйте его так, как выводит ssh-keygen -lf (SHA256:…)</translation>
    </message>
    <message>
        <source>--password-stdin: standard input cannot be read</source>
        <translation>--password-stdin: стандартный ввод недоступен для чтения</translation>
    </message>
    <message>
        <source>--password-stdin: the first line of standard input is empty — pipe the password in</source>
        <translation>--password-stdin: первая строка стандартного ввода пуста — передайте пароль через канал</translation>
    </message>
    <message>
        <source>If the fingerprint is right, run again with --accept-new or --fingerprint %1</source>
        <translation>Если отпечаток верный, запустите ещё раз с --accept-new или --fingerprint %1</translation>
    </message>
    <message>
        <source>%1@%2, port %3 — host key %4 %5</source>
        <translation>%1@%2, порт %3 — ключ хоста %4 %5</translation>
    </message>
    <message>
        <source>probe: note: %1</source>
        <translation>probe: примечание: %1</translation>
    </message>
    <message>
        <source>judge Python and the system against this payload profile (default: the built-in KKT 1.0)</source>
        <translation>оценивать Python и систему по этому профилю приложения (по умолчанию — встроенному KKT 1.0)</translation>
    </message>
    <message>
        <source>--profile: %1 — give a payload profile (.json), or leave it out for KKT 1.0</source>
        <translation>--profile: %1 — укажите профиль приложения (.json) или не указывайте параметр для KKT 1.0</translation>
    </message>
    <message numerus="yes">
        <source>probe: %n check(s) failed — the server does not meet KKT's requirements</source>
        <translation><numerusform>probe: %n проверка не пройдена — сервер не соответствует требованиям KKT</numerusform><numerusform>probe: %n проверки не пройдены — сервер не соответствует требованиям KKT</numerusform><numerusform>probe: %n проверок не пройдено — сервер не соответствует требованиям KKT</numerusform></translation>
    </message>
</context>
<context>
    <name>ProductionGuard</name>
    <message>
        <source>Checking production before the test instance is touched …</source>
        <translation>Проверка рабочего экземпляра до того, как затронут тестовый…</translation>
    </message>
    <message>
        <source>This server runs no production instance: there is nothing of production to check.</source>
        <translation>На этом сервере нет рабочего экземпляра: проверять нечего.</translation>
    </message>
    <message numerus="yes">
        <source>Production %1 before: %n fact(s) recorded.</source>
        <translation><numerusform>Рабочий экземпляр %1 до начала: записан %n факт.</numerusform><numerusform>Рабочий экземпляр %1 до начала: записано %n факта.</numerusform><numerusform>Рабочий экземпляр %1 до начала: записано %n фактов.</numerusform></translation>
    </message>
    <message>
        <source>Checking production after the test instance's work …</source>
        <translation>Проверка рабочего экземпляра после работы с тестовым…</translation>
    </message>
    <message>
        <source>✔ Production %1 is exactly as before: services, processes, units, nginx, certificate, files and database.</source>
        <translation>✔ Рабочий экземпляр %1 точно такой же, как до начала: службы, процессы, юниты, nginx, сертификат, файлы и база данных.</translation>
    </message>
    <message>
        <source>✘ PRODUCTION CHANGED: %1 was %2, is %3</source>
        <translation>✘ РАБОЧИЙ ЭКЗЕМПЛЯР ИЗМЕНЁН: %1 — было %2, стало %3</translation>
    </message>
    <message>
        <source>production instance %1 changed during this run: %2</source>
        <translation>рабочий экземпляр %1 изменился во время этого запуска: %2</translation>
    </message>
    <message>
        <source>production could not be checked before the test deployment, so nothing was changed: %1</source>
        <translation>рабочий экземпляр не удалось проверить перед тестовым развёртыванием, поэтому ничего не изменено: %1</translation>
    </message>
    <message>
        <source>production could not be checked afterwards: %1</source>
        <translation>рабочий экземпляр не удалось проверить после: %1</translation>
    </message>
</context>
<context>
    <name>ProductionPanel</name>
    <message>
        <source>Production on this server, before and after</source>
        <translation>Рабочий экземпляр на этом сервере до и после</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>(checked at the end)</source>
        <translation>(проверяется в конце)</translation>
    </message>
    <message>
        <source>This server runs no production instance: there is nothing of production to check.</source>
        <translation>На этом сервере нет рабочего экземпляра: проверять нечего.</translation>
    </message>
    <message>
        <source>Production %1 recorded before the test deployment; it is checked again at the end.</source>
        <translation>Состояние рабочего экземпляра %1 записано перед тестовым развёртыванием; в конце оно проверяется снова.</translation>
    </message>
    <message>
        <source>✔ Production %1 is exactly as before.</source>
        <translation>✔ Рабочий экземпляр %1 точно такой же, как до начала.</translation>
    </message>
    <message>
        <source>✘ PRODUCTION %1 CHANGED: %2</source>
        <translation>✘ РАБОЧИЙ ЭКЗЕМПЛЯР %1 ИЗМЕНЁН: %2</translation>
    </message>
</context>
<context>
    <name>ProductionSnapshot</name>
    <message>
        <source>the production instance</source>
        <translation>рабочий экземпляр</translation>
    </message>
    <message>
        <source>whether %1 is active</source>
        <translation>активна ли %1</translation>
    </message>
    <message>
        <source>the process of %1 (PID and start time)</source>
        <translation>процесс %1 (PID и время запуска)</translation>
    </message>
    <message>
        <source>the unit file %1</source>
        <translation>файл юнита %1</translation>
    </message>
    <message>
        <source>production's nginx site</source>
        <translation>сайт nginx рабочего экземпляра</translation>
    </message>
    <message>
        <source>the link that enables production's nginx site</source>
        <translation>ссылка, включающая сайт nginx рабочего экземпляра</translation>
    </message>
    <message>
        <source>nginx.conf</source>
        <translation>nginx.conf</translation>
    </message>
    <message>
        <source>nginx -t</source>
        <translation>nginx -t</translation>
    </message>
    <message>
        <source>the certificate file %1</source>
        <translation>файл сертификата %1</translation>
    </message>
    <message>
        <source>production's /health through nginx</source>
        <translation>/health рабочего экземпляра через nginx</translation>
    </message>
    <message>
        <source>production's .env</source>
        <translation>.env рабочего экземпляра</translation>
    </message>
    <message>
        <source>production's current release</source>
        <translation>текущий релиз рабочего экземпляра</translation>
    </message>
    <message>
        <source>production's release folders</source>
        <translation>папки релизов рабочего экземпляра</translation>
    </message>
    <message>
        <source>production's backups</source>
        <translation>резервные копии рабочего экземпляра</translation>
    </message>
    <message>
        <source>production's state on the server</source>
        <translation>состояние рабочего экземпляра на сервере</translation>
    </message>
    <message>
        <source>production's database schema</source>
        <translation>схема базы данных рабочего экземпляра</translation>
    </message>
    <message>
        <source>the rows of table %1</source>
        <translation>строки таблицы %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Deploying</source>
        <translation>Развёртывание</translation>
    </message>
    <message>
        <source>Every step runs on the server over one SSH connection. Each one is recorded, so an interrupted deployment resumes where it stopped.</source>
        <translation>Все шаги выполняются на сервере через одно SSH-соединение. Каждый шаг записывается, поэтому прерванное развёртывание продолжится с места остановки.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>View full &amp;log…</source>
        <translation>Весь &amp;журнал…</translation>
    </message>
    <message>
        <source>The deployment stopped</source>
        <translation>Развёртывание остановлено</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Проверки работоспособности</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>The deployment cannot start: %1</source>
        <translation>Развёртывание не может начаться: %1</translation>
    </message>
    <message>
        <source>— Deployment to %1 —</source>
        <translation>— Развёртывание на %1 —</translation>
    </message>
    <message>
        <source>— Resuming deployment %1 on %2 —</source>
        <translation>— Продолжение развёртывания %1 на %2 —</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Time left: not known yet</source>
        <translation>Оставшееся время пока неизвестно</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Осталось около %n секунды</numerusform>
            <numerusform>Осталось около %n секунд</numerusform>
            <numerusform>Осталось около %n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Осталось около %n минуты</numerusform>
            <numerusform>Осталось около %n минут</numerusform>
            <numerusform>Осталось около %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ pass</source>
        <translation>✔ пройдена</translation>
    </message>
    <message>
        <source>✘ fail</source>
        <translation>✘ не пройдена</translation>
    </message>
    <message>
        <source>Cancelling: the current step finishes its command first…</source>
        <translation>Отмена: текущий шаг сначала завершит свою команду…</translation>
    </message>
    <message numerus="yes">
        <source>Deployed: %n step(s) changed, %1 already done.</source>
        <translation>
            <numerusform>Развёрнуто: изменён %n шаг, %1 уже были выполнены.</numerusform>
            <numerusform>Развёрнуто: изменено %n шага, %1 уже были выполнены.</numerusform>
            <numerusform>Развёрнуто: изменено %n шагов, %1 уже были выполнены.</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>Cancelled. Steps already done stay done and are recorded: Retry step continues from the first step not verified.</source>
        <translation>Отменено. Выполненные шаги остаются выполненными и записаны: «Повторить шаг» продолжит с первого непроверенного шага.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Everything was installed, but a health check failed:
%1</source>
        <translation>Всё установлено, но проверка работоспособности не пройдена:
%1</translation>
    </message>
    <message>
        <source>Another deployment holds the server’s lock: %1</source>
        <translation>Блокировку сервера держит другое развёртывание: %1</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Сервер недоступен: %1</translation>
    </message>
    <message>
        <source>The release was rejected: %1</source>
        <translation>Релиз отклонён: %1</translation>
    </message>
    <message>
        <source>Step “%1” failed: %2</source>
        <translation>Шаг «%1» не выполнен: %2</translation>
    </message>
    <message>
        <source>The deployment failed: %1</source>
        <translation>Развёртывание не удалось: %1</translation>
    </message>
    <message>
        <source>Roll back is not offered: this deployment did not create the instance on the server, so it has nothing of its own to remove.</source>
        <translation>Откат не предлагается: это развёртывание не создавало экземпляр на сервере, поэтому удалять ему нечего.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>the instance</source>
        <translation>экземпляра</translation>
    </message>
    <message>
        <source>Roll back this deployment</source>
        <translation>Откатить это развёртывание</translation>
    </message>
    <message>
        <source>Remove what deployment %1 created on %2 — the services, the web site, the files and the database of %3? Nothing else on the server is touched. This cannot be undone.</source>
        <translation>Удалить то, что развёртывание %1 создало на %2, — службы, веб-сайт, файлы и базу данных %3? Ничего другого на сервере не затрагивается. Это действие необратимо.</translation>
    </message>
    <message>
        <source>Roll back cannot start: %1</source>
        <translation>Откат не может начаться: %1</translation>
    </message>
    <message>
        <source>— Rolling back deployment %1 —</source>
        <translation>— Откат развёртывания %1 —</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Откат…</translation>
    </message>
    <message>
        <source>Rolled back: the services, site, files and database of this deployment were removed from the server.</source>
        <translation>Откат выполнен: службы, сайт, файлы и база данных этого развёртывания удалены с сервера.</translation>
    </message>
    <message>
        <source>Rolled back.</source>
        <translation>Откат выполнен.</translation>
    </message>
    <message>
        <source>Roll back failed: %1</source>
        <translation>Откат не удался: %1</translation>
    </message>
    <message>
        <source>Deployment log</source>
        <translation>Журнал развёртывания</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>Re&amp;try step</source>
        <translation>&amp;Повторить шаг</translation>
    </message>
    <message>
        <source>R&amp;oll back this deployment…</source>
        <translation>&amp;Откатить это развёртывание…</translation>
    </message>
    <message>
        <source>Leave it for l&amp;ater</source>
        <translation>Оставить на пото&amp;м</translation>
    </message>
    <message>
        <source>Leave now</source>
        <translation>Выйти сейчас</translation>
    </message>
    <message>
        <source>Stops waiting at once; a package installation goes on on the server, and the next run waits for it and repairs the server</source>
        <translation>Сразу прекращает ожидание; установка пакетов продолжится на сервере, а следующий запуск дождётся её и приведёт сервер в порядок</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>The registry %1 has no schema yet — run kkt-deploy registry init</source>
        <translation>В реестре %1 ещё нет схемы — выполните kkt-deploy registry init</translation>
    </message>
    <message>
        <source>The registry %1 is at schema version %2 of %3 — run kkt-deploy registry migrate</source>
        <translation>Схема реестра %1 — версия %2 из %3 — выполните kkt-deploy registry migrate</translation>
    </message>
    <message>
        <source>Instance: the UUID and the name are required</source>
        <translation>Экземпляр: нужны UUID и имя</translation>
    </message>
    <message>
        <source>History: the operation UUID, the instance and the action are required</source>
        <translation>История: нужны UUID операции, экземпляр и действие</translation>
    </message>
    <message>
        <source>Registry %1: %2</source>
        <translation>Реестр %1: %2</translation>
    </message>
    <message>
        <source>History: the instance %1 is not in the registry — record the instance first</source>
        <translation>История: экземпляра %1 нет в реестре — сначала запишите экземпляр</translation>
    </message>
    <message>
        <source>No instance “%1” in the registry — give its name, UUID or id as shown by kkt-deploy registry list</source>
        <translation>В реестре нет экземпляра «%1» — укажите имя, UUID или id, как их показывает kkt-deploy registry list</translation>
    </message>
    <message>
        <source>Several instances are named “%1” — give the UUID instead</source>
        <translation>Несколько экземпляров называются «%1» — укажите UUID</translation>
    </message>
</context>
<context>
    <name>RegistryCharts</name>
    <message>
        <source>Instances per deployed version</source>
        <translation>Экземпляры по развёрнутым версиям</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Экземпляры</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Deployments per week</source>
        <translation>Развёртывания по неделям</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
</context>
<context>
    <name>RegistryCommand</name>
    <message>
        <source>create, migrate and read the registry of deployed instances</source>
        <translation>создать, обновить и прочитать реестр развёрнутых экземпляров</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>вывести результат в JSON</translation>
    </message>
    <message>
        <source>export: write the instances to this CSV file</source>
        <translation>export: записать экземпляры в этот CSV-файл</translation>
    </message>
    <message>
        <source>list/export: only instances whose name, company, domain or IP contains TEXT</source>
        <translation>list/export: только экземпляры, у которых имя, компания, домен или IP содержат TEXT</translation>
    </message>
    <message>
        <source>list/export: only this company</source>
        <translation>list/export: только эта компания</translation>
    </message>
    <message>
        <source>list: at most N instances (default 1000)</source>
        <translation>list: не более N экземпляров (по умолчанию 1000)</translation>
    </message>
    <message>
        <source>registry history: give one instance (name, UUID or id) — kkt-deploy registry history NAME</source>
        <translation>registry history: укажите один экземпляр (имя, UUID или id) — kkt-deploy registry history ИМЯ</translation>
    </message>
    <message>
        <source>registry keys: the only action is “init” — kkt-deploy registry keys init</source>
        <translation>registry keys: единственное действие — «init»: kkt-deploy registry keys init</translation>
    </message>
    <message>
        <source>registry export: give the file — kkt-deploy registry export --csv FILE</source>
        <translation>registry export: укажите файл — kkt-deploy registry export --csv ФАЙЛ</translation>
    </message>
    <message>
        <source>--limit: “%1” is not a positive number — e.g. --limit 100</source>
        <translation>--limit: «%1» — не положительное число; например, --limit 100</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n экземпляр</numerusform>
            <numerusform>%n экземпляра</numerusform>
            <numerusform>%n экземпляров</numerusform>
        </translation>
    </message>
    <message>
        <source>History of %1 (%2):</source>
        <translation>История %1 (%2):</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n операция</numerusform>
            <numerusform>%n операции</numerusform>
            <numerusform>%n операций</numerusform>
        </translation>
    </message>
    <message>
        <source>registry export: cannot write %1: %2 — choose a writable path</source>
        <translation>registry export: не удалось записать %1: %2 — выберите путь, доступный для записи</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n instance(s) to %1</source>
        <translation>
            <numerusform>%n экземпляр выгружен в %1</numerusform>
            <numerusform>%n экземпляра выгружено в %1</numerusform>
            <numerusform>%n экземпляров выгружено в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>registry init: %1 already holds a registry (schema version %2) — use kkt-deploy registry migrate to bring it up to date or adopt it</source>
        <translation>registry init: в %1 уже есть реестр (версия схемы %2) — чтобы обновить или принять его, используйте kkt-deploy registry migrate</translation>
    </message>
    <message>
        <source>Adopting the existing registry at %1: its tables, rows and views are kept, only what KKT Deploy needs is added.</source>
        <translation>Принимаю существующий реестр %1: его таблицы, строки и представления сохраняются, добавляется только то, что нужно KKT Deploy.</translation>
    </message>
    <message>
        <source>Applied %1</source>
        <translation>Применена миграция %1</translation>
    </message>
    <message>
        <source>The registry %1 is up to date (schema version %2).</source>
        <translation>Реестр %1 в актуальном состоянии (версия схемы %2).</translation>
    </message>
    <message>
        <source>The registry %1 is at schema version %2.</source>
        <translation>Схема реестра %1 — версия %2.</translation>
    </message>
    <message>
        <source>registry keys init: the registry already has a public key (%1); credentials sealed with it could no longer be opened with a new pair, so none is created</source>
        <translation>registry keys init: у реестра уже есть открытый ключ (%1); запечатанные им учётные данные новой парой не открыть, поэтому новая пара не создаётся</translation>
    </message>
    <message>
        <source>registry keys init: libsodium could not be initialised</source>
        <translation>registry keys init: не удалось инициализировать libsodium</translation>
    </message>
    <message>
        <source>registry keys init: %1</source>
        <translation>registry keys init: %1</translation>
    </message>
    <message>
        <source>Created the registry key pair %1.</source>
        <translation>Создана пара ключей реестра %1.</translation>
    </message>
    <message>
        <source>The public key is in the registry: every KKT Deploy seals admin credentials with it.</source>
        <translation>Открытый ключ сохранён в реестре: им любой KKT Deploy запечатывает учётные данные администратора.</translation>
    </message>
    <message>
        <source>The private key is in this computer’s keychain (service “%1”): only its holders can open the credentials.</source>
        <translation>Закрытый ключ — в связке ключей этого компьютера (служба «%1»): открыть учётные данные могут только его владельцы.</translation>
    </message>
    <message>
        <source>logout: also forget the registry setting (back to the embedded one)</source>
        <translation>logout: также забыть настройку реестра (вернуться к встроенному)</translation>
    </message>
    <message>
        <source>init | migrate | status | list | history INSTANCE | export --csv FILE | keys init | login | logout</source>
        <translation>init | migrate | status | list | history ЭКЗЕМПЛЯР | export --csv ФАЙЛ | keys init | login | logout</translation>
    </message>
    <message>
        <source>registry: give an action — init, migrate, status, list, history INSTANCE, export --csv FILE, keys init, login or logout</source>
        <translation>registry: укажите действие — init, migrate, status, list, history ЭКЗЕМПЛЯР, export --csv ФАЙЛ, keys init, login или logout</translation>
    </message>
    <message>
        <source>registry login: %1 is an embedded SQLite registry, which has no sign-in — give the central one, e.g. kkt-deploy registry login --registry postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>registry login: %1 — встроенный реестр SQLite, вход в него не нужен — укажите центральный, например kkt-deploy registry login --registry postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА</translation>
    </message>
    <message>
        <source>registry login: the URL names no role — put your PostgreSQL role before the host, e.g. postgresql://alice@%1:%2/%3</source>
        <translation>registry login: в адресе нет роли — укажите свою роль PostgreSQL перед хостом, например postgresql://alice@%1:%2/%3</translation>
    </message>
    <message>
        <source>registry login: no password given — pipe it in with --password-stdin (e.g. pass show kkt/registry | kkt-deploy registry login --registry URL --password-stdin) or set %1</source>
        <translation>registry login: пароль не передан — передайте его через --password-stdin (например, pass show kkt/registry | kkt-deploy registry login --registry АДРЕС --password-stdin) или задайте %1</translation>
    </message>
    <message>
        <source>registry login: PostgreSQL refused role “%1” with this password — check it and sign in again; nothing was stored</source>
        <translation>registry login: PostgreSQL отклонил роль «%1» с этим паролем — проверьте его и войдите снова; ничего не сохранено</translation>
    </message>
    <message>
        <source>registry login: %1:%2 did not answer — check the host and port and that the server accepts connections from here; nothing was stored</source>
        <translation>registry login: %1:%2 не ответил — проверьте хост и порт и что сервер принимает подключения с этого компьютера; ничего не сохранено</translation>
    </message>
    <message>
        <source>registry login: the password is right, but the keychain did not store it: %1</source>
        <translation>registry login: пароль верный, но хранилище паролей не сохранило его: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as “%2”.</source>
        <translation>Вход в %1 выполнен как «%2».</translation>
    </message>
    <message>
        <source>The password is in this computer’s keychain (service “%1”), and %2 is now the default registry of kkt-deploy and the Registry tab.</source>
        <translation>Пароль сохранён в хранилище паролей этого компьютера (служба «%1»), и %2 теперь реестр по умолчанию для kkt-deploy и вкладки «Реестр».</translation>
    </message>
    <message>
        <source>registry logout: %1 is an embedded SQLite registry, which has no stored password — give the central one with --registry postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>registry logout: %1 — встроенный реестр SQLite, у него нет сохранённого пароля — укажите центральный: --registry postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА</translation>
    </message>
    <message>
        <source>registry logout: the keychain did not answer: %1</source>
        <translation>registry logout: хранилище паролей не ответило: %1</translation>
    </message>
    <message>
        <source>Removed the password of %1 from the keychain.</source>
        <translation>Пароль для %1 удалён из хранилища паролей.</translation>
    </message>
    <message>
        <source>No password of %1 was stored in the keychain.</source>
        <translation>Пароль для %1 в хранилище паролей не сохранялся.</translation>
    </message>
    <message>
        <source>Forgot the registry setting: the default is the embedded registry again.</source>
        <translation>Настройка реестра удалена: по умолчанию снова используется встроенный реестр.</translation>
    </message>
    <message>
        <source>The registry setting names %1, not this registry; it is left as it is.</source>
        <translation>В настройке указан реестр %1, а не этот; настройка оставлена как есть.</translation>
    </message>
    <message>
        <source>No registry setting to forget: the default is the embedded registry.</source>
        <translation>Настройки реестра нет: по умолчанию используется встроенный реестр.</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation>КОМПАНИЯ</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>ДОМЕН</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>ВЕРСИЯ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>LAST HEALTH CHECK (UTC)</source>
        <translation>ПОСЛЕДНЯЯ ПРОВЕРКА (UTC)</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>НАЧАЛО (UTC)</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ДЕЙСТВИЕ</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>РЕЗУЛЬТАТ</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>КТО</translation>
    </message>
    <message>
        <source>list/export: only instances with this status (active, inactive, error, removed)</source>
        <translation>list/export: только экземпляры с этим статусом (active, inactive, error, removed)</translation>
    </message>
    <message>
        <source>--status: “%1” is not a status — use active, inactive, error or removed</source>
        <translation>--status: «%1» — не статус; используйте active, inactive, error или removed</translation>
    </message>
    <message>
        <source>list/export: only production or only test instances</source>
        <translation>list/export: только рабочие или только тестовые экземпляры</translation>
    </message>
    <message>
        <source>--mode: “%1” is not a mode — use production or test</source>
        <translation>--mode: «%1» — не режим; используйте production или test</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>РЕЖИМ</translation>
    </message>
</context>
<context>
    <name>RegistryConnection</name>
    <message>
        <source>The Qt SQL driver %1 is not installed — install the package %2</source>
        <translation>Драйвер Qt SQL %1 не установлен — установите пакет %2</translation>
    </message>
    <message>
        <source>Cannot open the registry %1: %2</source>
        <translation>Не удалось открыть реестр %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the registry %1: %2
(%3)</source>
        <translation>Не удалось открыть реестр %1: %2
(%3)</translation>
    </message>
</context>
<context>
    <name>RegistryKeyPair</name>
    <message>
        <source>The registry private key is not in this computer’s keychain</source>
        <translation>Закрытого ключа реестра нет в связке ключей этого компьютера</translation>
    </message>
    <message>
        <source>These credentials were sealed with another registry key and cannot be opened</source>
        <translation>Эти учётные данные запечатаны другим ключом реестра, открыть их нельзя</translation>
    </message>
</context>
<context>
    <name>RegistryOptions</name>
    <message>
        <source>the registry: postgresql://USER@HOST:PORT/DATABASE or sqlite:FILE (default: the setting, else the embedded registry in the application data folder)</source>
        <translation>реестр: postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА или sqlite:ФАЙЛ (по умолчанию — из настроек, иначе встроенный реестр в папке данных приложения)</translation>
    </message>
    <message>
        <source>read the PostgreSQL password from the first line of standard input</source>
        <translation>прочитать пароль PostgreSQL из первой строки стандартного ввода</translation>
    </message>
    <message>
        <source>--password-stdin: standard input cannot be read</source>
        <translation>--password-stdin: стандартный ввод недоступен для чтения</translation>
    </message>
    <message>
        <source>--password-stdin: standard input held no password — pipe it in, e.g. pass show kkt/registry | kkt-deploy … --password-stdin</source>
        <translation>--password-stdin: на стандартном вводе нет пароля — передайте его через конвейер, например pass show kkt/registry | kkt-deploy … --password-stdin</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>the CA certificate (PEM) that signed the PostgreSQL registry server’s certificate (default: the registry URL’s sslrootcert, $KKT_REGISTRY_CA, else the system’s authorities)</source>
        <translation>сертификат центра сертификации (PEM), подписавшего сертификат сервера PostgreSQL реестра (по умолчанию: sslrootcert из адреса реестра, $KKT_REGISTRY_CA, иначе системные центры сертификации)</translation>
    </message>
    <message>
        <source>TLS to the PostgreSQL registry: verify-full (default: encrypted, server verified), require (encrypted, not verified) or disable (no encryption)</source>
        <translation>TLS к реестру PostgreSQL: verify-full (по умолчанию: шифрование и проверка сервера), require (шифрование без проверки) или disable (без шифрования)</translation>
    </message>
    <message>
        <source>--registry-ca, --registry-sslmode: %1 is an embedded SQLite registry, which has no TLS — leave them out, or give a postgresql:// registry</source>
        <translation>--registry-ca, --registry-sslmode: %1 — встроенный реестр SQLite, TLS у него нет — уберите эти параметры или укажите реестр postgresql://</translation>
    </message>
    <message>
        <source>--registry-ca: %1 cannot be read — give the PEM file of the authority that signed the registry server’s certificate</source>
        <translation>--registry-ca: не удаётся прочитать %1 — укажите файл PEM центра сертификации, подписавшего сертификат сервера реестра</translation>
    </message>
</context>
<context>
    <name>RegistrySignIn</name>
    <message>
        <source>The password is right, but the keychain did not store it: %1 — unlock the keychain and sign in again.</source>
        <translation>Пароль верный, но хранилище паролей не сохранило его: %1 — разблокируйте хранилище и войдите снова.</translation>
    </message>
    <message>
        <source>Password: PostgreSQL refused role “%1” with this password — check it and sign in again. Nothing was stored.</source>
        <translation>Пароль: PostgreSQL отклонил роль «%1» с этим паролем — проверьте его и войдите снова. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Host and port: %1:%2 did not answer — check them and that the server accepts connections from this computer. Nothing was stored.</source>
        <translation>Хост и порт: %1:%2 не ответил — проверьте их и что сервер принимает подключения с этого компьютера. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Database: “%1” does not exist on %2 — check the name. Nothing was stored.</source>
        <translation>База данных: «%1» на %2 не существует — проверьте имя. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Role: “%1” does not exist on %2 — check the name or ask the registry's administrator. Nothing was stored.</source>
        <translation>Роль: «%1» на %2 не существует — проверьте имя или обратитесь к администратору реестра. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The server does not let role “%1” in from this computer (pg_hba.conf) — ask the registry's administrator. Nothing was stored.</source>
        <translation>Сервер не пускает роль «%1» с этого компьютера (pg_hba.conf) — обратитесь к администратору реестра. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Sign-in failed: PostgreSQL did not accept the connection (the details are in the tooltip). Nothing was stored.</source>
        <translation>Войти не удалось: PostgreSQL не принял подключение (подробности — во всплывающей подсказке). Ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>RegistryStatus</name>
    <message>
        <source>Registry:        %1</source>
        <translation>Реестр:          %1</translation>
    </message>
    <message>
        <source>TLS:             %1</source>
        <translation>TLS:             %1</translation>
    </message>
    <message>
        <source>Schema:          version %1 of %2</source>
        <translation>Схема:           версия %1 из %2</translation>
    </message>
    <message>
        <source>                 production tables without schema_migrations — run kkt-deploy registry migrate to adopt them</source>
        <translation>                 рабочие таблицы без schema_migrations — чтобы принять их, выполните kkt-deploy registry migrate</translation>
    </message>
    <message>
        <source>                 empty — run kkt-deploy registry init</source>
        <translation>                 пусто — выполните kkt-deploy registry init</translation>
    </message>
    <message>
        <source>                 pending: %1 — run kkt-deploy registry migrate</source>
        <translation>                 ожидают: %1 — выполните kkt-deploy registry migrate</translation>
    </message>
    <message>
        <source>Instances:       %1</source>
        <translation>Экземпляров:     %1</translation>
    </message>
    <message>
        <source>Public key:      %1</source>
        <translation>Открытый ключ:   %1</translation>
    </message>
    <message>
        <source>none — run kkt-deploy registry keys init</source>
        <translation>нет — выполните kkt-deploy registry keys init</translation>
    </message>
    <message numerus="yes">
        <source>Outbox:          %n write(s) waiting</source>
        <translation><numerusform>Очередь:         ожидает %n запись</numerusform><numerusform>Очередь:         ожидают %n записи</numerusform><numerusform>Очередь:         ожидают %n записей</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n instance(s) still hold a plaintext bot token in telegram_bot_token (written by older tools); KKT Deploy never writes that column.</source>
        <translation><numerusform>Внимание: у %n экземпляра в telegram_bot_token лежит токен бота открытым текстом (его записали старые инструменты); KKT Deploy этот столбец никогда не заполняет.</numerusform><numerusform>Внимание: у %n экземпляров в telegram_bot_token лежит токен бота открытым текстом (его записали старые инструменты); KKT Deploy этот столбец никогда не заполняет.</numerusform><numerusform>Внимание: у %n экземпляров в telegram_bot_token лежит токен бота открытым текстом (его записали старые инструменты); KKT Deploy этот столбец никогда не заполняет.</numerusform></translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <source>Search name, company, domain or IP…</source>
        <translation>Поиск по имени, компании, домену или IP…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Выгрузить CSV…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>&amp;Экземпляры</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Экземпляр:</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>SSH:</source>
        <translation>SSH:</translation>
    </message>
    <message>
        <source>Host key:</source>
        <translation>Ключ хоста:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <source>Bot:</source>
        <translation>Бот:</translation>
    </message>
    <message>
        <source>Administrator credentials</source>
        <translation>Учётные данные администратора</translation>
    </message>
    <message>
        <source>&amp;Open sealed credentials</source>
        <translation>&amp;Открыть запечатанные данные</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Графики</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Export the registry as CSV</source>
        <translation>Выгрузить реестр в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n экземпляр</numerusform>
            <numerusform>%n экземпляра</numerusform>
            <numerusform>%n экземпляров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) waiting to be sent</source>
        <translation>
            <numerusform>%n запись ждёт отправки</numerusform>
            <numerusform>%n записи ждут отправки</numerusform>
            <numerusform>%n записей ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>не закреплён</translation>
    </message>
    <message>
        <source>test</source>
        <translation>тестовый</translation>
    </message>
    <message>
        <source>production</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 — choose another folder</source>
        <translation>Не удалось записать %1: %2 — выберите другую папку</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n instance(s) to %1</source>
        <translation>
            <numerusform>%n экземпляр выгружен в %1</numerusform>
            <numerusform>%n экземпляра выгружено в %1</numerusform>
            <numerusform>%n экземпляров выгружено в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check health now</source>
        <translation>Проверить сейчас</translation>
    </message>
    <message>
        <source>Connect with your SSH agent or ~/.ssh/config (the host key must match the one pinned here), run the health checks and record them</source>
        <translation>Подключиться через ваш SSH-агент или ~/.ssh/config (ключ хоста должен совпасть с закреплённым здесь), выполнить проверки работоспособности и записать их</translation>
    </message>
    <message>
        <source>Checking %1 over SSH …</source>
        <translation>Проверка %1 по SSH …</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Домен:</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>Все режимы</translation>
    </message>
    <message>
        <source>not kept — an earlier KKT Deploy cleared it when the instance was removed, or it was never recorded</source>
        <translation>не сохранён — прежняя версия KKT Deploy стирала его при удалении экземпляра, либо он не был записан</translation>
    </message>
</context>
<context>
    <name>RegistryTableModel</name>
    <message>
        <source>active</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Last health check</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <source>Deployed at</source>
        <translation>Развёрнут</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>ТЕСТ</translation>
    </message>
    <message>
        <source>production</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
</context>
<context>
    <name>RegistryTarget</name>
    <message>
        <source>--registry: the PostgreSQL URL is not valid — use postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>--registry: неверный URL PostgreSQL — используйте postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА</translation>
    </message>
    <message>
        <source>--registry: the URL contains a password — remove it and give the password through the keychain, KKT_REGISTRY_PASSWORD or --password-stdin</source>
        <translation>--registry: в URL есть пароль — уберите его и передайте пароль через связку ключей, KKT_REGISTRY_PASSWORD или --password-stdin</translation>
    </message>
    <message>
        <source>--registry: the URL names no database — add it after the host, e.g. postgresql://alice@db.example/kkt_master_registry</source>
        <translation>--registry: в URL не указана база — добавьте её после хоста, например postgresql://alice@db.example/kkt_master_registry</translation>
    </message>
    <message>
        <source>--registry: “%1” is neither a postgresql:// URL nor an SQLite file — use postgresql://USER@HOST:PORT/DATABASE or sqlite:PATH</source>
        <translation>--registry: «%1» — не URL postgresql:// и не файл SQLite; используйте postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА или sqlite:ПУТЬ</translation>
    </message>
    <message>
        <source>--registry: the URL has “%1=…”, which KKT Deploy does not use — remove it; only sslmode and sslrootcert are understood</source>
        <translation>--registry: в адресе есть «%1=…», KKT Deploy это не использует — уберите; понимаются только sslmode и sslrootcert</translation>
    </message>
</context>
<context>
    <name>RegistryTls</name>
    <message>
        <source>Settings → Registry → CA certificate, --registry-ca FILE or %1</source>
        <translation>Настройки → Реестр → Сертификат ЦС, --registry-ca ФАЙЛ или %1</translation>
    </message>
    <message>
        <source>%1: “%2” is not a TLS mode — use verify-full (the default: encrypted, server verified), require (encrypted, server not verified) or disable (no encryption)</source>
        <translation>%1: «%2» — не режим TLS; используйте verify-full (по умолчанию: шифрование и проверка сервера), require (шифрование без проверки сервера) или disable (без шифрования)</translation>
    </message>
    <message>
        <source>CA certificate: %1 cannot be read — give the certificate of the authority that signed the registry server’s certificate (%2)</source>
        <translation>Сертификат ЦС: не удаётся прочитать %1 — укажите сертификат центра сертификации, подписавшего сертификат сервера реестра (%2)</translation>
    </message>
    <message>
        <source>CA certificate: none given and this system has no certificate bundle — give the certificate of the authority that signed the registry server’s certificate (%1)</source>
        <translation>Сертификат ЦС: не указан, а в системе нет набора сертификатов — укажите сертификат центра сертификации, подписавшего сертификат сервера реестра (%1)</translation>
    </message>
    <message>
        <source>disable (not encrypted)</source>
        <translation>disable (без шифрования)</translation>
    </message>
    <message>
        <source>require (encrypted, the server is not verified)</source>
        <translation>require (шифрование, сервер не проверяется)</translation>
    </message>
    <message>
        <source>require (encrypted, the server’s CA checked against %1)</source>
        <translation>require (шифрование, центр сертификации сервера сверяется с %1)</translation>
    </message>
    <message>
        <source>%1, the system’s certificate authorities</source>
        <translation>%1, системные центры сертификации</translation>
    </message>
    <message>
        <source>%1, CA %2</source>
        <translation>%1, ЦС %2</translation>
    </message>
    <message>
        <source>the system’s certificate authorities</source>
        <translation>системными центрами сертификации</translation>
    </message>
    <message>
        <source>The registry server %1:%2 does not offer TLS, and this connection requires it (sslmode=%3). Turn on ssl in the server’s postgresql.conf, or — only on a network you trust — choose sslmode=disable explicitly (Settings, --registry-sslmode disable or %4=disable).</source>
        <translation>Сервер реестра %1:%2 не поддерживает TLS, а это подключение его требует (sslmode=%3). Включите ssl в postgresql.conf сервера или — только в сети, которой вы доверяете, — явно выберите sslmode=disable (Настройки, --registry-sslmode disable или %4=disable).</translation>
    </message>
    <message>
        <source>The registry server’s certificate is not signed by %1, so the server cannot be trusted. Give the certificate of the authority that signed it (%2).</source>
        <translation>Сертификат сервера реестра не подписан %1, поэтому серверу нельзя доверять. Укажите сертификат центра сертификации, который его подписал (%2).</translation>
    </message>
    <message>
        <source>The registry server’s certificate is not issued for “%1”. Connect with a host name the certificate names, or have the certificate reissued for “%1”.</source>
        <translation>Сертификат сервера реестра выдан не для «%1». Подключайтесь по имени, указанному в сертификате, или перевыпустите сертификат для «%1».</translation>
    </message>
    <message>
        <source>The registry server accepts only encrypted connections, but sslmode=disable was chosen — remove that choice (verify-full is the default).</source>
        <translation>Сервер реестра принимает только зашифрованные подключения, а выбран sslmode=disable — отмените этот выбор (по умолчанию используется verify-full).</translation>
    </message>
</context>
<context>
    <name>ReleaseCommand</name>
    <message>
        <source>print the result as JSON</source>
        <translation>вывести результат в формате JSON</translation>
    </message>
    <message>
        <source>checksums file (sha256sum or BSD format) for verify</source>
        <translation>файл контрольных сумм (формат sha256sum или BSD) для verify</translation>
    </message>
    <message>
        <source>expected SHA-256 for verify, instead of --checksums</source>
        <translation>ожидаемый SHA-256 для verify вместо --checksums</translation>
    </message>
    <message>
        <source>GitHub API base URL (default $KKT_GITHUB_API_URL or https://api.github.com)</source>
        <translation>базовый URL API GitHub (по умолчанию $KKT_GITHUB_API_URL или https://api.github.com)</translation>
    </message>
    <message>
        <source>repository OWNER/NAME (default $KKT_GITHUB_REPO or zhurbarv-hub/Qoders)</source>
        <translation>репозиторий ВЛАДЕЛЕЦ/ИМЯ (по умолчанию $KKT_GITHUB_REPO или zhurbarv-hub/Qoders)</translation>
    </message>
    <message>
        <source>cache folder for fetch (default $KKT_CACHE_DIR or the user's cache)</source>
        <translation>папка кэша для fetch (по умолчанию $KKT_CACHE_DIR или кэш пользователя)</translation>
    </message>
    <message>
        <source>refuse archives that unpack to more than this (default 1024)</source>
        <translation>отклонять архивы, которые распаковываются в больший объём (по умолчанию 1024)</translation>
    </message>
    <message>
        <source>refuse archives with more entries (default 50000)</source>
        <translation>отклонять архивы с большим числом записей (по умолчанию 50000)</translation>
    </message>
    <message>
        <source>Archive:       %1</source>
        <translation>Архив:         %1</translation>
    </message>
    <message>
        <source>Version:       %1</source>
        <translation>Версия:        %1</translation>
    </message>
    <message>
        <source>(no VERSION file)</source>
        <translation>(нет файла VERSION)</translation>
    </message>
    <message>
        <source>Entries:       %1</source>
        <translation>Записей:       %1</translation>
    </message>
    <message>
        <source>Unpacked size: %1 (%2 bytes)</source>
        <translation>Распакованный: %1 (%2 байт)</translation>
    </message>
    <message>
        <source>Manifest:      severity %1, database migration %2, rollback %3%4</source>
        <translation>Манифест:      важность %1, миграция базы — %2, откат %3%4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>поддерживается</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>не поддерживается</translation>
    </message>
    <message>
        <source>, updates from %1 on</source>
        <translation>, обновляет начиная с %1</translation>
    </message>
    <message>
        <source>Warnings:      none</source>
        <translation>Предупреждения: нет</translation>
    </message>
    <message>
        <source>Warnings (%1):</source>
        <translation>Предупреждения (%1):</translation>
    </message>
    <message>
        <source>the version (fetch) or the archive (verify, inspect)</source>
        <translation>версия (fetch) или архив (verify, inspect)</translation>
    </message>
    <message>
        <source>release: “%1” is not an action — use list, fetch VERSION, verify ARCHIVE --checksums FILE or inspect ARCHIVE</source>
        <translation>release: «%1» — не действие — используйте list, fetch ВЕРСИЯ, verify АРХИВ --checksums ФАЙЛ или inspect АРХИВ</translation>
    </message>
    <message>
        <source>release %1: give exactly one %2</source>
        <translation>release %1: укажите ровно один аргумент — %2</translation>
    </message>
    <message>
        <source>version, e.g. 1.0.0</source>
        <translation>версию, например 1.0.0</translation>
    </message>
    <message>
        <source>archive file</source>
        <translation>файл архива</translation>
    </message>
    <message>
        <source>release: --%1 “%2” is not a positive whole number — e.g. --%1 100</source>
        <translation>release: --%1 «%2» — не положительное целое число — например, --%1 100</translation>
    </message>
    <message>
        <source>release %1: %2 is not a file — give the path of the .tar.gz archive</source>
        <translation>release %1: %2 — не файл — укажите путь к архиву .tar.gz</translation>
    </message>
    <message>
        <source>Safe to unpack.</source>
        <translation>Можно безопасно распаковать.</translation>
    </message>
    <message>
        <source>release inspect: %1 is refused: %2</source>
        <translation>release inspect: %1 отклонён: %2</translation>
    </message>
    <message>
        <source>release verify: give either --checksums FILE or --sha256 HEX</source>
        <translation>release verify: укажите либо --checksums ФАЙЛ, либо --sha256 HEX</translation>
    </message>
    <message>
        <source>release verify: --checksums %1 is not a file — give the release's checksums.txt</source>
        <translation>release verify: --checksums %1 — не файл — укажите checksums.txt релиза</translation>
    </message>
    <message>
        <source>release verify: %1: %2</source>
        <translation>release verify: %1: %2</translation>
    </message>
    <message>
        <source>The archive is intact and safe to unpack.</source>
        <translation>Архив цел, его можно безопасно распаковать.</translation>
    </message>
    <message>
        <source>release verify: %1</source>
        <translation>release verify: %1</translation>
    </message>
    <message>
        <source>release: --api-url “%1” is not an http(s) URL — e.g. https://api.github.com</source>
        <translation>release: --api-url «%1» — не URL http(s) — например, https://api.github.com</translation>
    </message>
    <message>
        <source>release: %1</source>
        <translation>release: %1</translation>
    </message>
    <message>
        <source>GitHub: %1; retry %2 in %3 s…</source>
        <translation>GitHub: %1; повтор %2 через %3 с…</translation>
    </message>
    <message>
        <source>release list: %1</source>
        <translation>release list: %1</translation>
    </message>
    <message>
        <source>%1 has no published releases.</source>
        <translation>У %1 нет опубликованных релизов.</translation>
    </message>
    <message>
        <source>  (pre-release)</source>
        <translation>  (предварительный релиз)</translation>
    </message>
    <message>
        <source>release fetch: “%1” is not a version — e.g. 1.0.0 or v1.0.1-test</source>
        <translation>release fetch: «%1» — не версия — например, 1.0.0 или v1.0.1-test</translation>
    </message>
    <message>
        <source>release fetch: %1</source>
        <translation>release fetch: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>list, fetch, verify and inspect KKT releases (list, fetch, verify, inspect)</source>
        <translation>список, загрузка, проверка и анализ релизов KKT (list, fetch, verify, inspect)</translation>
    </message>
    <message>
        <source>list, fetch, verify, inspect or login</source>
        <translation>list, fetch, verify, inspect или login</translation>
    </message>
    <message>
        <source>release %1: takes no further argument</source>
        <translation>release %1: других аргументов не принимает</translation>
    </message>
    <message>
        <source>release login: pipe the GitHub token into standard input, e.g. pass show github/kkt | kkt-deploy release login</source>
        <translation>release login: передайте токен GitHub через стандартный ввод, например pass show github/kkt | kkt-deploy release login</translation>
    </message>
    <message>
        <source>release login: %1</source>
        <translation>release login: %1</translation>
    </message>
    <message>
        <source>The GitHub token for %1 is stored in the keychain.</source>
        <translation>Токен GitHub для %1 сохранён в хранилище паролей.</translation>
    </message>
</context>
<context>
    <name>ReleaseDownload</name>
    <message>
        <source>cannot write %1: %2 — check the cache folder's permissions</source>
        <translation>не удаётся записать %1: %2 — проверьте права на папку кэша</translation>
    </message>
    <message>
        <source>cannot write %1: %2 — is the disk full?</source>
        <translation>не удаётся записать %1: %2 — не заполнен ли диск?</translation>
    </message>
    <message>
        <source>the server refused to resume (HTTP 416)</source>
        <translation>сервер отказался продолжить загрузку (HTTP 416)</translation>
    </message>
    <message>
        <source>downloading %1 failed: HTTP %2 — the file is not available at this address</source>
        <translation>загрузка %1 не удалась: HTTP %2 — по этому адресу файла нет</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the connection ended after %1 of %2 bytes</source>
        <translation>соединение оборвалось после %1 из %2 байт</translation>
    </message>
    <message numerus="yes">
        <source>downloading %1 failed after %n attempt(s): %2 — the partial file is kept and the next attempt resumes it</source>
        <translation>
            <numerusform>загрузка %1 не удалась после %n попытки: %2 — частично загруженный файл сохранён, следующая попытка продолжит его</numerusform>
            <numerusform>загрузка %1 не удалась после %n попыток: %2 — частично загруженный файл сохранён, следующая попытка продолжит его</numerusform>
            <numerusform>загрузка %1 не удалась после %n попыток: %2 — частично загруженный файл сохранён, следующая попытка продолжит его</numerusform>
        </translation>
    </message>
    <message>
        <source>download cancelled — the partial file is kept and the next attempt resumes it</source>
        <translation>загрузка отменена — частично загруженный файл сохранён, следующая попытка продолжит его</translation>
    </message>
    <message>
        <source>cannot move the download to %1 — check the cache folder's permissions</source>
        <translation>не удаётся переместить загрузку в %1 — проверьте права на папку кэша</translation>
    </message>
</context>
<context>
    <name>ReleaseFetch</name>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>release %1 does not have a version tag, a kkt-app-v&lt;version&gt;.tar.gz and a checksums.txt — it cannot be verified, so it is not used</source>
        <translation>у релиза %1 нет тега с версией, архива kkt-app-v&lt;версия&gt;.tar.gz и checksums.txt — его нельзя проверить, поэтому он не используется</translation>
    </message>
    <message>
        <source>the release lists an asset with an unusable name “%1”</source>
        <translation>в релизе есть файл с недопустимым именем «%1»</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>%1 is in the cache already.</source>
        <translation>%1 уже есть в кэше.</translation>
    </message>
</context>
<context>
    <name>ReleaseManifest</name>
    <message>
        <source>critical</source>
        <translation>критическая</translation>
    </message>
    <message>
        <source>manifest.json: not valid JSON at offset %1 (%2) — fix the file's syntax</source>
        <translation>manifest.json: неверный JSON в позиции %1 (%2) — исправьте синтаксис файла</translation>
    </message>
    <message>
        <source>manifest.json: the top level is not an object — write { "version": … }</source>
        <translation>manifest.json: верхний уровень — не объект — пишите { "version": … }</translation>
    </message>
    <message>
        <source>manifest.json: %1: %2 — %3</source>
        <translation>manifest.json: %1: %2 — %3</translation>
    </message>
    <message>
        <source>missing or not a string</source>
        <translation>отсутствует или не строка</translation>
    </message>
    <message>
        <source>give the release version, e.g. "1.0.1"</source>
        <translation>укажите версию релиза, например "1.0.1"</translation>
    </message>
    <message>
        <source>“%1” is not a semantic version</source>
        <translation>«%1» — не семантическая версия</translation>
    </message>
    <message>
        <source>use MAJOR.MINOR.PATCH, e.g. "1.0.1" or "1.1.0-rc.1"</source>
        <translation>используйте MAJOR.MINOR.PATCH, например "1.0.1" или "1.1.0-rc.1"</translation>
    </message>
    <message>
        <source>“%1” is not a severity</source>
        <translation>«%1» — не уровень важности</translation>
    </message>
    <message>
        <source>use one of %1</source>
        <translation>используйте одно из значений: %1</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>не true и не false</translation>
    </message>
    <message>
        <source>write true or false without quotes</source>
        <translation>пишите true или false без кавычек</translation>
    </message>
    <message>
        <source>give the oldest version this release updates from, e.g. "1.0.0"</source>
        <translation>укажите самую раннюю версию, с которой обновляет этот релиз, например "1.0.0"</translation>
    </message>
    <message>
        <source>%1 is newer than the release itself (%2)</source>
        <translation>%1 новее самого релиза (%2)</translation>
    </message>
    <message>
        <source>give a version not newer than "version"</source>
        <translation>укажите версию не новее "version"</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>не список</translation>
    </message>
    <message>
        <source>write an array of steps</source>
        <translation>пишите массив шагов</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>give a path inside the release, e.g. database/migrations/012_x.sql</source>
        <translation>укажите путь внутри релиза, например database/migrations/012_x.sql</translation>
    </message>
    <message>
        <source>database_migration is true but no step is listed</source>
        <translation>database_migration равно true, но шаги не перечислены</translation>
    </message>
    <message>
        <source>list the migration steps, or set database_migration to false</source>
        <translation>перечислите шаги миграции или задайте database_migration равным false</translation>
    </message>
    <message>
        <source>manifest.json: unknown field “%1” is ignored</source>
        <translation>manifest.json: неизвестное поле «%1» пропущено</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>исправление</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>минорное</translation>
    </message>
    <message>
        <source>major</source>
        <translation>крупное</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Добавлено:</translation>
    </message>
    <message>
        <source>Fixed:</source>
        <translation>Исправлено:</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Изменено:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Безопасность:</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>«%1» — не дата</translation>
    </message>
    <message>
        <source>write the date as YYYY-MM-DD, e.g. "2026-11-20"</source>
        <translation>запишите дату как ГГГГ-ММ-ДД, например "2026-11-20"</translation>
    </message>
    <message>
        <source>write an array of strings</source>
        <translation>запишите массив строк</translation>
    </message>
    <message>
        <source>an entry is not text</source>
        <translation>запись — не текст</translation>
    </message>
    <message>
        <source>write each entry as a string</source>
        <translation>запишите каждую запись строкой</translation>
    </message>
    <message>
        <source>manifest.json: unknown changelog section “%1” is ignored</source>
        <translation>manifest.json: неизвестный раздел списка изменений «%1» пропущен</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>не объект</translation>
    </message>
    <message>
        <source>write {"added": […], "fixed": […], "changed": […], "security": […]}</source>
        <translation>запишите {"added": […], "fixed": […], "changed": […], "security": […]}</translation>
    </message>
    <message>
        <source>write {"type": "sql", "file": …, "description": …}</source>
        <translation>запишите {"type": "sql", "file": …, "description": …}</translation>
    </message>
    <message>
        <source>“%1” is not a known step type</source>
        <translation>«%1» — неизвестный тип шага</translation>
    </message>
    <message>
        <source>write "sql"</source>
        <translation>запишите "sql"</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>false, but migration steps are listed</source>
        <translation>false, но шаги миграции перечислены</translation>
    </message>
    <message>
        <source>set database_migration to true, or remove the steps</source>
        <translation>задайте database_migration: true или уберите шаги</translation>
    </message>
</context>
<context>
    <name>ReleasePicker</name>
    <message>
        <source>List the published releases with their dates and severity</source>
        <translation>Показать опубликованные релизы с датами и важностью</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Релиз</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Про&amp;верить</translation>
    </message>
    <message>
        <source>Check the chosen release’s SHA-256 and that its archive is safe to unpack</source>
        <translation>Проверить SHA-256 выбранного релиза и безопасность распаковки его архива</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Asking %1 for the releases of %2…</source>
        <translation>Запрос к %1 о релизах %2…</translation>
    </message>
    <message>
        <source>%1 — retrying (%2)…</source>
        <translation>%1 — повтор (%2)…</translation>
    </message>
    <message>
        <source>pre-release</source>
        <translation>предварительный релиз</translation>
    </message>
    <message>
        <source>no archive with checksums: cannot be deployed</source>
        <translation>нет архива с контрольными суммами: развернуть нельзя</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>загрузка…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1 has no published releases.</source>
        <translation>У %1 нет опубликованных релизов.</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) of %1.</source>
        <translation>
            <numerusform>%n релиз %1.</numerusform>
            <numerusform>%n релиза %1.</numerusform>
            <numerusform>%n релизов %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the release archive (.tar.gz) first.</source>
        <translation>Сначала выберите архив релиза (.tar.gz).</translation>
    </message>
    <message>
        <source>Give the release’s checksums file or its SHA-256: an archive is never used unchecked.</source>
        <translation>Укажите файл контрольных сумм релиза или его SHA-256: непроверенный архив не используется.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message numerus="yes">
        <source>✓ Release %1 is intact (SHA-256 matches) and safe to unpack: %n entries, %2 unpacked.</source>
        <translation>
            <numerusform>✓ Релиз %1 цел (SHA-256 совпадает) и безопасен для распаковки: %n запись, %2 в распакованном виде.</numerusform>
            <numerusform>✓ Релиз %1 цел (SHA-256 совпадает) и безопасен для распаковки: %n записи, %2 в распакованном виде.</numerusform>
            <numerusform>✓ Релиз %1 цел (SHA-256 совпадает) и безопасен для распаковки: %n записей, %2 в распакованном виде.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load relea&amp;ses</source>
        <translation>&amp;Загрузить релизы</translation>
    </message>
    <message>
        <source>Deplo&amp;y this release</source>
        <translation>Развернуть &amp;этот релиз</translation>
    </message>
    <message>
        <source>Enter the release tag first, or choose one from the list.</source>
        <translation>Сначала введите тег релиза или выберите релиз из списка.</translation>
    </message>
</context>
<context>
    <name>ReleaseProvider</name>
    <message>
        <source>choose the latest release or a release tag to fetch</source>
        <translation>выберите для загрузки последний релиз или тег релиза</translation>
    </message>
    <message>
        <source>Asking %1 for %2…</source>
        <translation>Запрос к %1: %2…</translation>
    </message>
    <message>
        <source>the latest release</source>
        <translation>последний релиз</translation>
    </message>
    <message>
        <source>release %1</source>
        <translation>релиз %1</translation>
    </message>
    <message>
        <source>%1 — retrying (%2)…</source>
        <translation>%1 — повтор (%2)…</translation>
    </message>
    <message>
        <source>Network problem: %1</source>
        <translation>Проблема с сетью: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>GitHub listed no release for %1</source>
        <translation>GitHub не вернул ни одного релиза для %1</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>последний</translation>
    </message>
</context>
<context>
    <name>ReleaseProvision</name>
    <message>
        <source>release %1 is verified (SHA-256 matches, archive safe): %2</source>
        <translation>релиз %1 проверен (SHA-256 совпадает, архив безопасен): %2</translation>
    </message>
    <message>
        <source>the release cannot be used: %1</source>
        <translation>релиз нельзя использовать: %1</translation>
    </message>
</context>
<context>
    <name>RemoteCommand</name>
    <message>
        <source>or allow %1 to use sudo without a password (NOPASSWD in /etc/sudoers.d/)</source>
        <translation>или разрешите пользователю %1 sudo без пароля (NOPASSWD в /etc/sudoers.d/)</translation>
    </message>
    <message>
        <source>sudo on %1 did not accept the password for user %2: enter the right password, %3.</source>
        <translation>sudo на %1 не принял пароль пользователя %2: введите правильный пароль %3.</translation>
    </message>
    <message>
        <source>sudo on %1 needs a password for user %2: log in with the user's password (it is also given to sudo), log in as root, %3.</source>
        <translation>sudo на %1 требует пароль пользователя %2: войдите по паролю этого пользователя (он же передаётся sudo), войдите как root %3.</translation>
    </message>
    <message>
        <source>sudo on %1 refused to run the command as root for user %2: log in as root, %3.</source>
        <translation>sudo на %1 отказался выполнить команду от имени root для пользователя %2: войдите как root %3.</translation>
    </message>
    <message>
        <source>(sudo said: %1)</source>
        <translation>(ответ sudo: %1)</translation>
    </message>
    <message>
        <source>Not connected to the server</source>
        <translation>Нет подключения к серверу</translation>
    </message>
    <message>
        <source>Could not open a channel to %1</source>
        <translation>Не удалось открыть канал к %1</translation>
    </message>
    <message>
        <source>The server refused to run a command</source>
        <translation>Сервер отказался выполнить команду</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message numerus="yes">
        <source>The command did not finish within %n second(s) and was stopped</source>
        <translation><numerusform>Команда не завершилась за %n секунду и была остановлена</numerusform><numerusform>Команда не завершилась за %n секунды и была остановлена</numerusform><numerusform>Команда не завершилась за %n секунд и была остановлена</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 was lost while a command was running: the server left %n keepalive request(s) unanswered</source>
        <translation><numerusform>Соединение с %1 потеряно во время выполнения команды: сервер не ответил на %n контрольный запрос</numerusform><numerusform>Соединение с %1 потеряно во время выполнения команды: сервер не ответил на %n контрольных запроса</numerusform><numerusform>Соединение с %1 потеряно во время выполнения команды: сервер не ответил на %n контрольных запросов</numerusform></translation>
    </message>
    <message>
        <source>The connection to %1 was lost while a command was running</source>
        <translation>Соединение с %1 потеряно во время выполнения команды</translation>
    </message>
</context>
<context>
    <name>RemoteShell</name>
    <message>
        <source>Could not open a channel to %1</source>
        <translation>Не удалось открыть канал к %1</translation>
    </message>
    <message>
        <source>The server refused to run a command</source>
        <translation>Сервер отказался выполнить команду</translation>
    </message>
    <message>
        <source>The connection to %1 was lost</source>
        <translation>Соединение с %1 потеряно</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>sudo on %1 did not answer</source>
        <translation>sudo на %1 не ответил</translation>
    </message>
    <message>
        <source>Not connected to the server</source>
        <translation>Нет подключения к серверу</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while a command was running</source>
        <translation>Соединение с %1 потеряно во время выполнения команды</translation>
    </message>
    <message>
        <source>Could not send a script to %1</source>
        <translation>Не удалось отправить сценарий на %1</translation>
    </message>
    <message numerus="yes">
        <source>The command did not finish within %n second(s) and was stopped</source>
        <translation><numerusform>Команда не завершилась за %n секунду и была остановлена</numerusform><numerusform>Команда не завершилась за %n секунды и была остановлена</numerusform><numerusform>Команда не завершилась за %n секунд и была остановлена</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 was lost while a command was running: the server left %n keepalive request(s) unanswered</source>
        <translation><numerusform>Соединение с %1 потеряно во время выполнения команды: сервер не ответил на %n контрольный запрос</numerusform><numerusform>Соединение с %1 потеряно во время выполнения команды: сервер не ответил на %n контрольных запроса</numerusform><numerusform>Соединение с %1 потеряно во время выполнения команды: сервер не ответил на %n контрольных запросов</numerusform></translation>
    </message>
    <message>
        <source>The shell on %1 ended unexpectedly (exit status %2)</source>
        <translation>Командная оболочка на %1 неожиданно завершилась (код выхода %2)</translation>
    </message>
    <message>
        <source>The shell on %1 answered in an unexpected form</source>
        <translation>Командная оболочка на %1 ответила в неожиданном виде</translation>
    </message>
</context>
<context>
    <name>ResumeTarget</name>
    <message>
        <source>--resume: there is no deployment %1 in the journal %2; kkt-deploy deploy --list shows the deployments it knows</source>
        <translation>--resume: в журнале %2 нет развёртывания %1; известные развёртывания показывает kkt-deploy deploy --list</translation>
    </message>
    <message>
        <source>--resume: the journal %1 has no deployment to %2 to continue; deploy without --resume</source>
        <translation>--resume: в журнале %1 нет развёртывания на %2, которое можно продолжить; запустите развёртывание без --resume</translation>
    </message>
    <message>
        <source>--resume: the last deployment to %1 (%2) ended as %3, there is nothing to continue; deploy without --resume</source>
        <translation>--resume: последнее развёртывание на %1 (%2) завершилось с состоянием %3, продолжать нечего; запустите развёртывание без --resume</translation>
    </message>
    <message>
        <source>--roll-back: “%1” is neither a deployment ID nor an instance ID (INST-…); kkt-deploy deploy --list shows both</source>
        <translation>--roll-back: «%1» — не ID развёртывания и не ID экземпляра (INST-…); оба показывает kkt-deploy deploy --list</translation>
    </message>
    <message>
        <source>--roll-back: no deployment in this journal created instance %1 on %2, so nothing of it is removed; roll back on the machine that deployed it</source>
        <translation>--roll-back: ни одно развёртывание из этого журнала не создавало экземпляр %1 на %2, поэтому ничего не удалено; выполните откат на компьютере, с которого он развёрнут</translation>
    </message>
</context>
<context>
    <name>ReviewKeyCheck</name>
    <message>
        <source>Check the &amp;key again</source>
        <translation>Проверить &amp;ключ ещё раз</translation>
    </message>
    <message>
        <source>Checking the deployment key in the registry again…</source>
        <translation>Повторная проверка ключа развёртывания в реестре…</translation>
    </message>
    <message>
        <source>The deployment key cannot be checked: %1 — Deploy waits until it can.</source>
        <translation>Ключ развёртывания не удаётся проверить: %1 — развернуть можно будет после успешной проверки.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Check every section. Edit goes back to the page; your entries are kept.</source>
        <translation>Проверьте каждый раздел. «Изменить» возвращает на страницу; введённое сохраняется.</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Развёртывание</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Telegram-бот</translation>
    </message>
    <message>
        <source>Administrator Telegram IDs</source>
        <translation>Telegram ID администраторов</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Системные настройки</translation>
    </message>
    <message>
        <source>&amp;Save configuration…</source>
        <translation>Со&amp;хранить конфигурацию…</translation>
    </message>
    <message>
        <source>Go back to this page; what you entered is kept</source>
        <translation>Вернуться на эту страницу; введённое сохранится</translation>
    </message>
    <message>
        <source>set</source>
        <translation>задан</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Production deployment</source>
        <translation>Рабочее развёртывание</translation>
    </message>
    <message>
        <source>Test deployment</source>
        <translation>Тестовое развёртывание</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Хост:</translation>
    </message>
    <message>
        <source>SSH port:</source>
        <translation>Порт SSH:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Login method:</source>
        <translation>Способ входа:</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>private key file</source>
        <translation>файл закрытого ключа</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Файл ключа:</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>Парольная фраза ключа:</translation>
    </message>
    <message>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <source>SSH password:</source>
        <translation>Пароль SSH:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Домен:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Компания:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>generated, shown once when the deployment completes</source>
        <translation>генерируется, будет показан один раз по завершении развёртывания</translation>
    </message>
    <message>
        <source>typed, %1</source>
        <translation>введён вручную, %1</translation>
    </message>
    <message>
        <source>Bot token:</source>
        <translation>Токен бота:</translation>
    </message>
    <message>
        <source>Telegram IDs:</source>
        <translation>Telegram ID:</translation>
    </message>
    <message>
        <source>Notifications at:</source>
        <translation>Уведомления в:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <source>Alert days before a deadline:</source>
        <translation>Предупреждать за (дней до срока):</translation>
    </message>
    <message>
        <source>Backup at:</source>
        <translation>Резервная копия в:</translation>
    </message>
    <message>
        <source>Release:</source>
        <translation>Релиз:</translation>
    </message>
    <message>
        <source>the latest release</source>
        <translation>последний релиз</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>тег %1</translation>
    </message>
    <message>
        <source>local file %1</source>
        <translation>локальный файл %1</translation>
    </message>
    <message>
        <source>Checksums:</source>
        <translation>Контрольные суммы:</translation>
    </message>
    <message>
        <source>Connection test:</source>
        <translation>Проверка подключения:</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>пройдена</translation>
    </message>
    <message>
        <source>⚠ NOT PASSED — you chose to continue without a successful test; the deployment may fail on this server</source>
        <translation>⚠ НЕ ПРОЙДЕНА — вы решили продолжить без успешной проверки; развёртывание на этом сервере может не удаться</translation>
    </message>
    <message>
        <source>Keep backups, days:</source>
        <translation>Хранить копии, дней:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Check plan asks the server, with read-only probes, what each step would do. Nothing changes on the server until you press Deploy.</source>
        <translation>«Проверить план» спрашивает сервер проверками только для чтения, что сделает каждый шаг. Пока вы не нажмёте «Развернуть», на сервере ничего не меняется.</translation>
    </message>
    <message>
        <source>&amp;Check plan</source>
        <translation>&amp;Проверить план</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ещё не проверен.</translation>
    </message>
    <message>
        <source>No plan.</source>
        <translation>Плана нет.</translation>
    </message>
    <message>
        <source>The plan cannot be computed: %1</source>
        <translation>План не удаётся составить: %1</translation>
    </message>
    <message>
        <source>Asking the server what each step would do…</source>
        <translation>Сервер сообщает, что сделает каждый шаг…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Cancelled: no plan.</source>
        <translation>Отменено: плана нет.</translation>
    </message>
    <message>
        <source>The server could not be asked: %1</source>
        <translation>Не удалось опросить сервер: %1</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>уже сделано</translation>
    </message>
    <message>
        <source>will change</source>
        <translation>изменится</translation>
    </message>
    <message>
        <source>cannot know until run</source>
        <translation>станет ясно при запуске</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in the plan</source>
        <translation>
            <numerusform>%n шаг в плане</numerusform>
            <numerusform>%n шага в плане</numerusform>
            <numerusform>%n шагов в плане</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will change</source>
        <translation>
            <numerusform>%n изменится</numerusform>
            <numerusform>%n изменятся</numerusform>
            <numerusform>%n изменятся</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be known until run</source>
        <translation>
            <numerusform>%n станет ясен при запуске</numerusform>
            <numerusform>%n станут ясны при запуске</numerusform>
            <numerusform>%n станут ясны при запуске</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking that the bot token is still valid…</source>
        <translation>Проверка, что токен бота всё ещё действителен…</translation>
    </message>
    <message>
        <source>Server reachable (the plan came from it); bot token valid: @%1.</source>
        <translation>Сервер доступен (план получен от него); токен бота действителен: @%1.</translation>
    </message>
    <message>
        <source>Bot token: Telegram no longer accepts it (%1) — go back to the Telegram bot page and enter a valid token.</source>
        <translation>Токен бота: Telegram больше его не принимает (%1) — вернитесь на страницу Telegram-бота и введите действительный токен.</translation>
    </message>
    <message>
        <source>Web server and security</source>
        <translation>Веб-сервер и безопасность</translation>
    </message>
    <message>
        <source>Failed server checks</source>
        <translation>Непройденные проверки сервера</translation>
    </message>
    <message>
        <source>&amp;I have checked the configuration and the plan: deploy to this server</source>
        <translation>&amp;Я проверил конфигурацию и план: развернуть на этом сервере</translation>
    </message>
    <message>
        <source>De&amp;ploy</source>
        <translation>Ра&amp;звернуть</translation>
    </message>
    <message>
        <source>Fetching and verifying the release…</source>
        <translation>Загрузка и проверка релиза…</translation>
    </message>
    <message>
        <source>The release cannot be used: %1</source>
        <translation>Релиз нельзя использовать: %1</translation>
    </message>
    <message>
        <source>The server could not be asked: it reported no steps</source>
        <translation>Не удалось опросить сервер: он не сообщил ни одного шага</translation>
    </message>
    <message>
        <source>The release archive cannot be used — choose another release or a correct archive on the System settings page: %1</source>
        <translation>Архив релиза нельзя использовать — выберите другой релиз или правильный архив на странице «Системные настройки»: %1</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Не удалось подключиться к серверу: %1</translation>
    </message>
    <message>
        <source>The server is locked by another deployment: %1</source>
        <translation>Сервер занят другим развёртыванием: %1</translation>
    </message>
    <message>
        <source>Bot token not checked: %1. Press Check plan again when Telegram can be reached.</source>
        <translation>Токен бота не проверен: %1. Нажмите «Проверить план» ещё раз, когда Telegram станет доступен.</translation>
    </message>
    <message>
        <source>Bot token: Telegram refused the check: %1</source>
        <translation>Токен бота: Telegram отказал в проверке: %1</translation>
    </message>
    <message numerus="yes">
        <source>Test connection found %n failing check(s) on this server. Each one blocks Deploy until you accept it here; what you accept is recorded in the deployment's history.</source>
        <translation><numerusform>Проверка подключения нашла на этом сервере %n непройденную проверку. Она блокирует «Развернуть», пока вы не примете её здесь; принятое записывается в историю развёртывания.</numerusform><numerusform>Проверка подключения нашла на этом сервере %n непройденные проверки. Каждая блокирует «Развернуть», пока вы не примете её здесь; принятое записывается в историю развёртывания.</numerusform><numerusform>Проверка подключения нашла на этом сервере %n непройденных проверок. Каждая блокирует «Развернуть», пока вы не примете её здесь; принятое записывается в историю развёртывания.</numerusform></translation>
    </message>
    <message>
        <source>Deploy despite “%1”: %2 — %3</source>
        <translation>Развернуть, несмотря на «%1»: %2 — %3</translation>
    </message>
    <message>
        <source>Test instance:</source>
        <translation>Тестовый экземпляр:</translation>
    </message>
    <message>
        <source>unknown — the payload profile cannot be read: %1</source>
        <translation>неизвестно — профиль приложения не читается: %1</translation>
    </message>
    <message>
        <source>Test folder:</source>
        <translation>Папка теста:</translation>
    </message>
    <message>
        <source>Test web port:</source>
        <translation>Веб-порт теста:</translation>
    </message>
    <message>
        <source>Test database:</source>
        <translation>База данных теста:</translation>
    </message>
    <message>
        <source>HTTPS:</source>
        <translation>HTTPS:</translation>
    </message>
    <message>
        <source>a Let’s Encrypt certificate for %1</source>
        <translation>сертификат Let’s Encrypt для %1</translation>
    </message>
    <message>
        <source>an existing certificate from this computer, uploaded to the server</source>
        <translation>имеющийся сертификат с этого компьютера, загружается на сервер</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>Файл сертификата:</translation>
    </message>
    <message>
        <source>Private key file:</source>
        <translation>Файл закрытого ключа:</translation>
    </message>
    <message>
        <source>⚠ none — the site is served over plain HTTP: logins and passwords travel unencrypted</source>
        <translation>⚠ нет — сайт работает по обычному HTTP: логины и пароли передаются без шифрования</translation>
    </message>
    <message>
        <source>Plain HTTP:</source>
        <translation>Обычный HTTP:</translation>
    </message>
    <message>
        <source>acknowledged for this production site</source>
        <translation>подтверждён для этого рабочего сайта</translation>
    </message>
    <message>
        <source>NOT acknowledged — go to Edit and confirm it</source>
        <translation>НЕ подтверждён — нажмите «Изменить» и подтвердите</translation>
    </message>
    <message>
        <source>Firewall:</source>
        <translation>Межсетевой экран:</translation>
    </message>
    <message>
        <source>managed: ufw allows SSH port %1, 80 and 443</source>
        <translation>настраивается: ufw разрешает порт SSH %1, 80 и 443</translation>
    </message>
    <message>
        <source>left as it is on the server</source>
        <translation>остаётся на сервере как есть</translation>
    </message>
    <message>
        <source>Payload profile:</source>
        <translation>Профиль приложения:</translation>
    </message>
    <message>
        <source>built in (KKT 1.0)</source>
        <translation>встроенный (KKT 1.0)</translation>
    </message>
    <message>
        <source>I confirm: deploy over production instance %1.</source>
        <translation>Подтверждаю: развернуть поверх рабочего экземпляра %1.</translation>
    </message>
    <message>
        <source>Test address:</source>
        <translation>Адрес теста:</translation>
    </message>
    <message>
        <source>%1%2 — a location in production’s site (its certificate; production’s site itself is not written)</source>
        <translation>%1%2 — location на сайте рабочего экземпляра (его сертификат; сам сайт рабочего экземпляра не изменяется)</translation>
    </message>
    <message>
        <source>test.%1 — a site and certificate of its own</source>
        <translation>test.%1 — собственный сайт и сертификат</translation>
    </message>
    <message>
        <source>Production:</source>
        <translation>Рабочий экземпляр:</translation>
    </message>
    <message>
        <source>checked before and after; the deployment fails if anything of production changed</source>
        <translation>проверяется до и после; если в нём что-то изменилось, развёртывание завершается ошибкой</translation>
    </message>
</context>
<context>
    <name>RollbackChoice</name>
    <message>
        <source>instance %1 runs %2, and no update to it is kept on the server: there is nothing to roll back to</source>
        <translation>экземпляр %1 работает на %2, и на сервере не сохранено обновление до неё: откатываться не к чему</translation>
    </message>
    <message>
        <source>--to %1: only the release before this one (%2) is kept to roll back to</source>
        <translation>--to %1: для отката хранится только предыдущий релиз (%2)</translation>
    </message>
    <message numerus="yes">
        <source>the rollback window has passed: the update to %1 was made on %2 and could be rolled back for %n day(s), until %3</source>
        <translation><numerusform>срок отката истёк: обновление до %1 выполнено %2, и откатить его можно было %n день, до %3</numerusform><numerusform>срок отката истёк: обновление до %1 выполнено %2, и откатить его можно было %n дня, до %3</numerusform><numerusform>срок отката истёк: обновление до %1 выполнено %2, и откатить его можно было %n дней, до %3</numerusform></translation>
    </message>
    <message>
        <source>release %1 migrated the database and its manifest says rollback_supported: false</source>
        <translation>релиз %1 изменил схему базы данных, а в его манифесте указано rollback_supported: false</translation>
    </message>
    <message>
        <source>release %1 is no longer on the server, so it cannot be rolled back to</source>
        <translation>релиза %1 больше нет на сервере, поэтому откатиться к нему нельзя</translation>
    </message>
</context>
<context>
    <name>RollbackCommand</name>
    <message>
        <source>roll an instance back to the release before its last update (within the rollback window)</source>
        <translation>откатить экземпляр к релизу, бывшему до последнего обновления (в пределах срока отката)</translation>
    </message>
    <message>
        <source>the version to return to (only the previous one is kept)</source>
        <translation>версия, к которой вернуться (хранится только предыдущая)</translation>
    </message>
    <message>
        <source>rollback: unexpected “%1” — kkt-deploy rollback --instance ID [--to VERSION]</source>
        <translation>rollback: лишнее «%1» — kkt-deploy rollback --instance ID [--to ВЕРСИЯ]</translation>
    </message>
    <message>
        <source>Roll %1 on %2 back to the release before its last update? When that update migrated the database, the database of before it comes back and data written since is lost.</source>
        <translation>Откатить %1 на %2 к релизу, бывшему до последнего обновления? Если обновление меняло схему базы данных, вернётся база данных на момент до него, а данные, записанные после, пропадут.</translation>
    </message>
    <message>
        <source>rollback: not confirmed; nothing was changed (pass --yes to skip the question)</source>
        <translation>rollback: не подтверждено; ничего не изменено (--yes пропускает вопрос)</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The registry’s schema is at version %1, but this KKT Deploy knows only up to version %2. It was migrated by a newer KKT Deploy — update KKT Deploy before using this registry.</source>
        <translation>Схема реестра — версии %1, а этот KKT Deploy знает версии только до %2. Реестр обновлён более новым KKT Deploy — обновите KKT Deploy, прежде чем работать с этим реестром.</translation>
    </message>
    <message>
        <source>Cannot read schema_migrations: %1</source>
        <translation>Не удалось прочитать schema_migrations: %1</translation>
    </message>
    <message>
        <source>Cannot create schema_migrations: %1</source>
        <translation>Не удалось создать schema_migrations: %1</translation>
    </message>
    <message>
        <source>Migration %1: cannot start a transaction: %2</source>
        <translation>Миграция %1: не удалось начать транзакцию: %2</translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation>Миграция %1 не удалась и откачена: %2</translation>
    </message>
    <message>
        <source>Creating the roles kkt_superadmin, kkt_deployer and kkt_selfservice needs the CREATEROLE privilege: run this migration once as a PostgreSQL superuser or have a DBA create the three roles (sql/postgres/README.md).</source>
        <translation>Для создания ролей kkt_superadmin, kkt_deployer и kkt_selfservice нужна привилегия CREATEROLE: выполните эту миграцию один раз от имени суперпользователя PostgreSQL или попросите администратора БД создать три роли (sql/postgres/README.md).</translation>
    </message>
    <message>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>строка таблицы %1 ссылается на отсутствующую строку таблицы %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Nothing is stored in the keychain for this server and user</source>
        <translation>Для этого сервера и пользователя в хранилище паролей ничего не сохранено</translation>
    </message>
    <message>
        <source>No keychain is available (no Secret Service such as GNOME Keyring or KWallet is running). KKT Deploy works without it, but cannot remember passwords: enter them each time.</source>
        <translation>Хранилище паролей недоступно (не запущена служба Secret Service, например GNOME Keyring или KWallet). KKT Deploy работает и без него, но не может запоминать пароли: вводите их каждый раз.</translation>
    </message>
    <message>
        <source>The keychain refused access — it may be locked. Unlock it (for example by logging in to the desktop again) and retry; until then passwords are not remembered.</source>
        <translation>Хранилище паролей отказало в доступе — возможно, оно заблокировано. Разблокируйте его (например, заново войдя в рабочий стол) и повторите; до тех пор пароли не запоминаются.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Подробности: %1)</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1. Passwords are not remembered.</source>
        <translation>Хранилище паролей сообщило об ошибке: %1. Пароли не запоминаются.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s) — it may be locked and waiting for a password. Passwords are not remembered this time.</source>
        <translation>
            <numerusform>Хранилище паролей не ответило за %n секунду — возможно, оно заблокировано и ждёт пароля. На этот раз пароли не запоминаются.</numerusform>
            <numerusform>Хранилище паролей не ответило за %n секунды — возможно, оно заблокировано и ждёт пароля. На этот раз пароли не запоминаются.</numerusform>
            <numerusform>Хранилище паролей не ответило за %n секунд — возможно, оно заблокировано и ждёт пароля. На этот раз пароли не запоминаются.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfServiceCheck</name>
    <message>
        <source>is required by the self-service edition</source>
        <translation>обязателен в клиентской версии</translation>
    </message>
    <message>
        <source>is not a deployment token</source>
        <translation>не является токеном развёртывания</translation>
    </message>
    <message>
        <source>copy the whole token again: “kkt_” followed by 43 letters, digits, “-” or “_”</source>
        <translation>скопируйте токен заново целиком: «kkt_» и 43 латинские буквы, цифры, «-» или «_»</translation>
    </message>
    <message>
        <source>the self-service edition deploys production only</source>
        <translation>клиентская версия выполняет только рабочее развёртывание</translation>
    </message>
    <message>
        <source>set "mode": "production"</source>
        <translation>укажите "mode": "production"</translation>
    </message>
    <message>
        <source>no central registry is chosen</source>
        <translation>центральный реестр не выбран</translation>
    </message>
    <message>
        <source>choose the central registry your support contact named in kkt-deploy-client’s File → Settings… and sign in there</source>
        <translation>выберите центральный реестр, который назвала поддержка, в меню Файл → Настройки… программы kkt-deploy-client и войдите там</translation>
    </message>
    <message>
        <source>is not a deployment key</source>
        <translation>это не ключ развёртывания</translation>
    </message>
    <message>
        <source>copy the whole key again into KKT_DEPLOYMENT_KEY: one line that starts with “kkt1.”</source>
        <translation>скопируйте ключ заново целиком в KKT_DEPLOYMENT_KEY: одна строка, начинающаяся с «kkt1.»</translation>
    </message>
    <message>
        <source>set KKT_DEPLOYMENT_KEY to the deployment key your support contact gave you</source>
        <translation>задайте в KKT_DEPLOYMENT_KEY ключ развёртывания, который вам выдала поддержка</translation>
    </message>
</context>
<context>
    <name>SelfServiceOutbox</name>
    <message>
        <source>The deployment key cannot be kept in the keychain (%1): the results kept on this computer cannot be sent later without it — tell your support contact.</source>
        <translation>Ключ развёртывания не удаётся сохранить в хранилище паролей (%1): без него сохранённые на этом компьютере результаты нельзя будет отправить позже — сообщите в поддержку.</translation>
    </message>
    <message>
        <source>the deployment key for them is not in the keychain</source>
        <translation>ключа развёртывания для них нет в хранилище паролей</translation>
    </message>
    <message>
        <source>the keychain cannot be read: %1</source>
        <translation>хранилище паролей недоступно для чтения: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment result(s) kept on this computer while the registry could not be reached were sent to the registry.</source>
        <translation><numerusform>%n результат развёртывания, сохранённый на этом компьютере, пока реестр был недоступен, отправлен в реестр.</numerusform><numerusform>%n результата развёртывания, сохранённые на этом компьютере, пока реестр был недоступен, отправлены в реестр.</numerusform><numerusform>%n результатов развёртывания, сохранённых на этом компьютере, пока реестр был недоступен, отправлено в реестр.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deployment result(s) wait on this computer for the registry: %1. They are sent when KKT Deploy Client starts next.</source>
        <translation><numerusform>%n результат развёртывания ждёт на этом компьютере отправки в реестр: %1. Он будет отправлен при следующем запуске KKT Deploy для клиентов.</numerusform><numerusform>%n результата развёртывания ждут на этом компьютере отправки в реестр: %1. Они будут отправлены при следующем запуске KKT Deploy для клиентов.</numerusform><numerusform>%n результатов развёртывания ждут на этом компьютере отправки в реестр: %1. Они будут отправлены при следующем запуске KKT Deploy для клиентов.</numerusform></translation>
    </message>
</context>
<context>
    <name>SelfServiceRegistry</name>
    <message>
        <source>Deployment token: empty — paste the token your support contact gave you (it starts with kkt_)</source>
        <translation>Токен развёртывания: не заполнен — вставьте токен, который вам выдала поддержка (он начинается с kkt_)</translation>
    </message>
    <message>
        <source>Deployment token: this is not a deployment token — it is “kkt_” followed by 43 letters, digits, “-” or “_”; copy it again completely</source>
        <translation>Токен развёртывания: это не токен развёртывания — он состоит из «kkt_» и 43 латинских букв, цифр, «-» или «_»; скопируйте его заново целиком</translation>
    </message>
    <message>
        <source>The token is valid until %1.</source>
        <translation>Токен действителен до %1.</translation>
    </message>
    <message>
        <source>The token is valid until %1, for %2.</source>
        <translation>Токен действителен до %1, для компании %2.</translation>
    </message>
    <message>
        <source>The token was redeemed for this server’s instance: the deployment continues it.</source>
        <translation>Токен уже использован для экземпляра на этом сервере: развёртывание продолжит его.</translation>
    </message>
    <message>
        <source>Deployment token: it expired on %1 — ask your support contact for a new one.</source>
        <translation>Токен развёртывания: срок действия истёк %1 — попросите у поддержки новый.</translation>
    </message>
    <message>
        <source>Deployment token: it was already used for another instance — a token works once; ask your support contact for a new one.</source>
        <translation>Токен развёртывания: он уже использован для другого экземпляра — токен действует один раз; попросите у поддержки новый.</translation>
    </message>
    <message>
        <source>Deployment token: the registry does not know it — check that it was copied completely, or ask your support contact.</source>
        <translation>Токен развёртывания: реестр его не знает — проверьте, что он скопирован целиком, или обратитесь в поддержку.</translation>
    </message>
    <message>
        <source>Deployment token: it has not been redeemed or is no longer valid — a token records only the instance it was used for, until a day after it expires.</source>
        <translation>Токен развёртывания: он ещё не использован или больше не действует — по токену записывается только экземпляр, для которого он использован, и не позже чем через день после истечения срока.</translation>
    </message>
    <message>
        <source>Deployment tokens are redeemed in the central PostgreSQL registry only</source>
        <translation>Токены развёртывания используются только в центральном реестре PostgreSQL</translation>
    </message>
    <message>
        <source>Registry %1: %2</source>
        <translation>Реестр %1: %2</translation>
    </message>
    <message>
        <source>The token’s instance is no longer in the registry.</source>
        <translation>Экземпляра этого токена больше нет в реестре.</translation>
    </message>
    <message>
        <source>Registry: none chosen — paste the whole deployment key (it starts with kkt1.) your support contact gave you.</source>
        <translation>Реестр: не выбран — вставьте ключ развёртывания целиком (он начинается с kkt1.), который вам выдала поддержка.</translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Waiting for you to check the host key…</source>
        <translation>Ожидание вашей проверки ключа хоста…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Проверка сервера…</translation>
    </message>
    <message>
        <source>Saving the host key…</source>
        <translation>Сохранение ключа хоста…</translation>
    </message>
    <message>
        <source>The host key was not accepted, so KKT Deploy did not log in</source>
        <translation>Ключ хоста не принят, поэтому KKT Deploy не выполнил вход</translation>
    </message>
</context>
<context>
    <name>ServerFacts</name>
    <message>
        <source>Operating system</source>
        <translation>Операционная система</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Поддерживается</translation>
    </message>
    <message>
        <source>%1 is not supported — use Ubuntu 22.04, Ubuntu 24.04 or Debian 12</source>
        <translation>%1 не поддерживается — используйте Ubuntu 22.04, Ubuntu 24.04 или Debian 12</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Архитектура</translation>
    </message>
    <message>
        <source>%1 is untested — x86_64 or aarch64 are expected</source>
        <translation>%1 не проверялась — ожидается x86_64 или aarch64</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>Процессоры</translation>
    </message>
    <message numerus="yes">
        <source>At least %n vCPU(s)</source>
        <translation>
            <numerusform>Не меньше %n vCPU</numerusform>
            <numerusform>Не меньше %n vCPU</numerusform>
            <numerusform>Не меньше %n vCPU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s) recommended; the services will be slow</source>
        <translation>
            <numerusform>Рекомендуется %n vCPU; службы будут работать медленно</numerusform>
            <numerusform>Рекомендуется %n vCPU; службы будут работать медленно</numerusform>
            <numerusform>Рекомендуется %n vCPU; службы будут работать медленно</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <source>At least %1 GB</source>
        <translation>Не меньше %1 ГБ</translation>
    </message>
    <message>
        <source>%1 GB recommended; PostgreSQL and the services may run out of memory</source>
        <translation>Рекомендуется %1 ГБ; PostgreSQL и службам может не хватить памяти</translation>
    </message>
    <message>
        <source>At least %1 GB on /</source>
        <translation>Не меньше %1 ГБ на /</translation>
    </message>
    <message>
        <source>Only %1 GB free on / — free at least %2 GB first</source>
        <translation>На / свободно только %1 ГБ — сначала освободите не меньше %2 ГБ</translation>
    </message>
    <message>
        <source>%1 GB disk recommended; backups will fill a smaller one</source>
        <translation>Рекомендуется диск на %1 ГБ; резервные копии заполнят меньший</translation>
    </message>
    <message>
        <source>Disk space on /</source>
        <translation>Место на диске /</translation>
    </message>
    <message>
        <source>%1 GB free of %2 GB</source>
        <translation>свободно %1 ГБ из %2 ГБ</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>systemd is running</source>
        <translation>systemd работает</translation>
    </message>
    <message>
        <source>systemd is not running — the services need it (a container without systemd cannot host KKT)</source>
        <translation>systemd не работает — он нужен службам (контейнер без systemd не подходит для KKT)</translation>
    </message>
    <message>
        <source>systemd reports “%1” — check `systemctl --failed` on the server</source>
        <translation>systemd сообщает «%1» — проверьте `systemctl --failed` на сервере</translation>
    </message>
    <message>
        <source>systemd</source>
        <translation>systemd</translation>
    </message>
    <message>
        <source>Administrator rights</source>
        <translation>Права администратора</translation>
    </message>
    <message>
        <source>logged in as root</source>
        <translation>вход под root</translation>
    </message>
    <message>
        <source>Root login</source>
        <translation>Вход под root</translation>
    </message>
    <message>
        <source>sudo without password</source>
        <translation>sudo без пароля</translation>
    </message>
    <message>
        <source>sudo works without a password prompt</source>
        <translation>sudo работает без запроса пароля</translation>
    </message>
    <message>
        <source>sudo asks for a password</source>
        <translation>sudo запрашивает пароль</translation>
    </message>
    <message>
        <source>sudo needs a password: KKT Deploy will send it over stdin; or allow this user sudo without a password (NOPASSWD in /etc/sudoers.d/)</source>
        <translation>sudo требует пароль: KKT Deploy передаст его через стандартный ввод; или разрешите этому пользователю sudo без пароля (NOPASSWD в /etc/sudoers.d/)</translation>
    </message>
    <message>
        <source>no sudo</source>
        <translation>нет sudo</translation>
    </message>
    <message>
        <source>This user cannot become root: log in as root or install sudo and allow this user to use it</source>
        <translation>Этот пользователь не может стать root: войдите как root или установите sudo и разрешите его этому пользователю</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>Порт %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>свободен</translation>
    </message>
    <message>
        <source>Free for nginx</source>
        <translation>Свободен для nginx</translation>
    </message>
    <message>
        <source>used by nginx</source>
        <translation>занят nginx</translation>
    </message>
    <message>
        <source>nginx already listens here: KKT Deploy adds its own site next to the existing ones</source>
        <translation>Здесь уже слушает nginx: KKT Deploy добавит свой сайт рядом с существующими</translation>
    </message>
    <message>
        <source>used by %1</source>
        <translation>занят %1</translation>
    </message>
    <message>
        <source>%1 already uses port %2: stop and disable it, or choose another server — nginx and Let's Encrypt need this port</source>
        <translation>%1 уже занимает порт %2: остановите и отключите его или выберите другой сервер — этот порт нужен nginx и Let's Encrypt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Could not check (the ss tool is missing)</source>
        <translation>Не удалось проверить (нет утилиты ss)</translation>
    </message>
    <message>
        <source>Package manager</source>
        <translation>Менеджер пакетов</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>свободен</translation>
    </message>
    <message>
        <source>apt and dpkg are idle</source>
        <translation>apt и dpkg ничем не заняты</translation>
    </message>
    <message>
        <source>Could not check (pgrep is missing)</source>
        <translation>Не удалось проверить (нет pgrep)</translation>
    </message>
    <message>
        <source>busy: %1</source>
        <translation>занят: %1</translation>
    </message>
    <message>
        <source>apt/dpkg is running (often unattended-upgrades after a fresh install): the deployment waits for it</source>
        <translation>Работает apt/dpkg (часто это unattended-upgrades после установки системы): развёртывание дождётся его</translation>
    </message>
    <message>
        <source>Domain DNS</source>
        <translation>DNS домена</translation>
    </message>
    <message>
        <source>no domain</source>
        <translation>домен не указан</translation>
    </message>
    <message>
        <source>No domain given: the site will have no HTTPS certificate</source>
        <translation>Домен не указан: у сайта не будет сертификата HTTPS</translation>
    </message>
    <message>
        <source>%1 does not resolve</source>
        <translation>%1 не разрешается</translation>
    </message>
    <message>
        <source>%1 has no DNS address yet: add an A record pointing at the server, or HTTPS cannot be set up</source>
        <translation>У %1 пока нет адреса в DNS: добавьте A-запись, указывающую на сервер, иначе HTTPS не настроить</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The domain points at this server</source>
        <translation>Домен указывает на этот сервер</translation>
    </message>
    <message>
        <source>%1 points at %2, but the server is %3: fix the A record, or HTTPS cannot be set up</source>
        <translation>%1 указывает на %2, а сервер — %3: исправьте A-запись, иначе HTTPS не настроить</translation>
    </message>
    <message>
        <source>The server check script failed (exit status %1): %2</source>
        <translation>Сценарий проверки сервера завершился с ошибкой (код %1): %2</translation>
    </message>
    <message>
        <source>The release profile %1 runs only on %2, not on %3 — choose a server with one of those systems, or a release whose profile supports %3</source>
        <translation>Профиль релиза %1 работает только на %2, не на %3 — выберите сервер с одной из этих систем или релиз, профиль которого поддерживает %3</translation>
    </message>
    <message>
        <source>%1 is present</source>
        <translation>%1 установлен</translation>
    </message>
    <message>
        <source>%1 %2 meets the release's minimum, Python %3</source>
        <translation>%1 %2 удовлетворяет минимуму релиза — Python %3</translation>
    </message>
    <message>
        <source>The release profile %1 needs %2 (Python %3 or newer) and the server has none: install it first, or choose a server that ships it</source>
        <translation>Профилю релиза %1 нужен %2 (Python %3 или новее), а на сервере его нет: сначала установите его или выберите сервер, где он есть</translation>
    </message>
    <message>
        <source>The release profile %1 needs Python %2 or newer; the server's %3 is %4: install a newer Python first, or choose a server that ships it</source>
        <translation>Профилю релиза %1 нужен Python %2 или новее; на сервере %3 версии %4: сначала установите более новый Python или выберите сервер, где он есть</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>не запущен</translation>
    </message>
    <message>
        <source>running</source>
        <translation>работает</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>работает с ошибками</translation>
    </message>
</context>
<context>
    <name>ServerOperation</name>
    <message>
        <source>TEST · %1</source>
        <translation>ТЕСТ · %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Подключение к %1</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Проверки работоспособности</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>cancelled before “%1”</source>
        <translation>отменено перед шагом «%1»</translation>
    </message>
    <message>
        <source>▶ %1</source>
        <translation>▶ %1</translation>
    </message>
    <message>
        <source>cancelled during “%1”</source>
        <translation>отменено во время шага «%1»</translation>
    </message>
    <message>
        <source>✔ %1 (verified earlier)</source>
        <translation>✔ %1 (проверено ранее)</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>The fresh server (VDS) to deploy to, how to log in to it over SSH, and the domain of the web interface.</source>
        <translation>Новый сервер (VDS) для развёртывания, способ входа на него по SSH и домен веб-интерфейса.</translation>
    </message>
    <message>
        <source>203.0.113.10 or vds1.example.ru</source>
        <translation>203.0.113.10 или vds1.example.ru</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>&amp;Порт SSH:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>root or a user with sudo</source>
        <translation>root или пользователь с sudo</translation>
    </message>
    <message>
        <source>&amp;Login method:</source>
        <translation>Способ вх&amp;ода:</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Файл закрытого ключа</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Файл &amp;ключа:</translation>
    </message>
    <message>
        <source>only if the key is encrypted</source>
        <translation>только если ключ зашифрован</translation>
    </message>
    <message>
        <source>SSH pass&amp;word:</source>
        <translation>П&amp;ароль SSH:</translation>
    </message>
    <message>
        <source>Choose the SSH private key</source>
        <translation>Выберите закрытый ключ SSH</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Порт SSH</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>не заполнен</translation>
    </message>
    <message>
        <source>enter the password of the user on the server, or choose another login method</source>
        <translation>введите пароль пользователя на сервере или выберите другой способ входа</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>Пароль SSH</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <source>Stored in the system keychain after a successful connection test, for this key file, server and user; never in a file</source>
        <translation>Сохраняется в системном хранилище паролей после успешной проверки подключения — для этого файла ключа, сервера и пользователя; в файл не записывается никогда</translation>
    </message>
    <message>
        <source>Re&amp;member in the keychain</source>
        <translation>&amp;Запомнить в хранилище паролей</translation>
    </message>
    <message>
        <source>Stored in the system keychain after a successful connection test, for this server and user; never in a file</source>
        <translation>Сохраняется в системном хранилище паролей после успешной проверки подключения — для этого сервера и пользователя; в файл не записывается никогда</translation>
    </message>
    <message>
        <source>Passwords and passphrases stay in memory only; they are never written to a configuration file. “Remember in the keychain” keeps them in the system keychain instead.</source>
        <translation>Пароли и парольные фразы хранятся только в памяти и никогда не записываются в файл конфигурации. «Запомнить в хранилище паролей» сохраняет их в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>Could not look up a remembered password: %1</source>
        <translation>Не удалось найти сохранённый пароль: %1</translation>
    </message>
    <message>
        <source>The SSH password was filled in from the keychain.</source>
        <translation>Пароль SSH подставлен из хранилища паролей.</translation>
    </message>
    <message>
        <source>The key passphrase was filled in from the keychain.</source>
        <translation>Парольная фраза ключа подставлена из хранилища паролей.</translation>
    </message>
    <message>
        <source>It will be stored in the keychain once Test connection has logged in with it.</source>
        <translation>Секрет будет сохранён в хранилище паролей, как только «Проверить подключение» успешно войдёт с ним на сервер.</translation>
    </message>
    <message>
        <source>Removed from the keychain.</source>
        <translation>Удалено из хранилища паролей.</translation>
    </message>
    <message>
        <source>Could not remove the remembered password: %1</source>
        <translation>Не удалось удалить сохранённый пароль: %1</translation>
    </message>
    <message>
        <source>Could not remember it in the keychain: %1</source>
        <translation>Не удалось сохранить в хранилище паролей: %1</translation>
    </message>
    <message>
        <source>The SSH password is remembered in the keychain.</source>
        <translation>Пароль SSH сохранён в хранилище паролей.</translation>
    </message>
    <message>
        <source>The key passphrase is remembered in the keychain.</source>
        <translation>Парольная фраза ключа сохранена в хранилище паролей.</translation>
    </message>
    <message>
        <source>Hos&amp;t:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <source>Key p&amp;assphrase:</source>
        <translation>П&amp;арольная фраза:</translation>
    </message>
    <message>
        <source>Doma&amp;in:</source>
        <translation>До&amp;мен:</translation>
    </message>
    <message>
        <source>The master server that already runs production: the test instance is installed next to it. How to log in to it over SSH, and the domain of the test web interface.</source>
        <translation>Главный сервер, на котором уже работает рабочий экземпляр: тестовый ставится рядом с ним. Способ входа на него по SSH и домен тестового веб-интерфейса.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>&amp;Embedded registry on this computer</source>
        <translation>&amp;Встроенный реестр на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Central PostgreSQL registry, signed in as your own role</source>
        <translation>&amp;Центральный реестр PostgreSQL, вход под вашей собственной ролью</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>your PostgreSQL role, e.g. alice</source>
        <translation>ваша роль PostgreSQL, например alice</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>kept only in the keychain</source>
        <translation>хранится только в хранилище паролей</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Во&amp;йти</translation>
    </message>
    <message>
        <source>Connect with this role and password, and keep the password in the keychain</source>
        <translation>Подключиться с этой ролью и паролем и сохранить пароль в хранилище паролей</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Отменить вход</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Релизы</translation>
    </message>
    <message>
        <source>GitHub &amp;API URL:</source>
        <translation>&amp;Адрес API GitHub:</translation>
    </message>
    <message>
        <source>For a mirror or GitHub Enterprise; empty means api.github.com</source>
        <translation>Для зеркала или GitHub Enterprise; пустое поле — api.github.com</translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation>Репозитори&amp;й:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Токен:</translation>
    </message>
    <message>
        <source>optional; stored in the keychain on Save</source>
        <translation>необязательно; сохраняется в хранилище паролей при сохранении</translation>
    </message>
    <message>
        <source>&amp;Remove token</source>
        <translation>&amp;Удалить токен</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Bot API &amp;URL:</source>
        <translation>Адрес Bot &amp;API:</translation>
    </message>
    <message>
        <source>For a local Bot API server; empty means api.telegram.org</source>
        <translation>Для локального сервера Bot API; пустое поле — api.telegram.org</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Applies the next time KKT Deploy starts; --lang on the command line overrides it.</source>
        <translation>Применяется при следующем запуске KKT Deploy; параметр --lang в командной строке имеет приоритет.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>The saved registry “%1” is not usable (%2); the embedded registry is used until you choose one here.</source>
        <translation>Сохранённый реестр «%1» непригоден (%2); пока вы не выберете реестр здесь, используется встроенный.</translation>
    </message>
    <message>
        <source>Host: empty — enter the name or IP address of the registry’s PostgreSQL server</source>
        <translation>Хост: не заполнен — введите имя или IP-адрес сервера PostgreSQL реестра</translation>
    </message>
    <message>
        <source>Database: empty — enter the registry database, usually kkt_master_registry</source>
        <translation>База данных: не заполнена — введите базу реестра, обычно kkt_master_registry</translation>
    </message>
    <message>
        <source>Role: empty — enter your own PostgreSQL role (ask the registry’s administrator)</source>
        <translation>Роль: не заполнена — введите свою роль PostgreSQL (её выдаёт администратор реестра)</translation>
    </message>
    <message>
        <source>Host, database or role: “%1” is not a valid registry address — use a plain host name or IP address and names without spaces, “@”, “:” or “/”</source>
        <translation>Хост, база данных или роль: «%1» — недопустимый адрес реестра — укажите обычное имя хоста или IP-адрес и имена без пробелов, «@», «:» и «/»</translation>
    </message>
    <message>
        <source>Password: empty — enter the PostgreSQL password of role “%1”</source>
        <translation>Пароль: не заполнен — введите пароль PostgreSQL роли «%1»</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Вход в %1…</translation>
    </message>
    <message>
        <source>Sign-in cancelled; nothing was stored.</source>
        <translation>Вход отменён; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Signed in to %1 as “%2”; the password is stored in the keychain. Save to use this registry.</source>
        <translation>Вход в %1 выполнен как «%2»; пароль сохранён в хранилище паролей. Нажмите «Сохранить», чтобы использовать этот реестр.</translation>
    </message>
    <message>
        <source>Token: —</source>
        <translation>Токен: —</translation>
    </message>
    <message>
        <source>Token: checking the keychain…</source>
        <translation>Токен: проверка хранилища паролей…</translation>
    </message>
    <message>
        <source>Token for %1: stored</source>
        <translation>Токен для %1: сохранён</translation>
    </message>
    <message>
        <source>Token for %1: not stored</source>
        <translation>Токен для %1: не сохранён</translation>
    </message>
    <message>
        <source>Token for %1: unknown — %2</source>
        <translation>Токен для %1: неизвестно — %2</translation>
    </message>
    <message>
        <source>Token: not removed — %1</source>
        <translation>Токен: не удалён — %1</translation>
    </message>
    <message>
        <source>The token for %1 was removed from the keychain.</source>
        <translation>Токен для %1 удалён из хранилища паролей.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a web address — write it with https://, e.g. %3, or leave it empty for the default</source>
        <translation>%1: «%2» — не веб-адрес — укажите его с https://, например %3, или оставьте поле пустым для значения по умолчанию</translation>
    </message>
    <message>
        <source>%1: the address contains a user name or password — remove it; a token belongs in the keychain, not in an address</source>
        <translation>%1: адрес содержит имя пользователя или пароль — удалите их; токену место в хранилище паролей, а не в адресе</translation>
    </message>
    <message>
        <source>%1: “%2” has a “?” or “#” part — remove it, the address ends with the API’s path</source>
        <translation>%1: в «%2» есть часть с «?» или «#» — удалите её, адрес заканчивается путём API</translation>
    </message>
    <message>
        <source>Password: typed but not signed in — press Sign in to check it and keep it in the keychain, or clear the field</source>
        <translation>Пароль: введён, но вход не выполнен — нажмите «Войти», чтобы проверить его и сохранить в хранилище паролей, или очистите поле</translation>
    </message>
    <message>
        <source>GitHub API URL</source>
        <translation>Адрес API GitHub</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>Репозиторий: %1</translation>
    </message>
    <message>
        <source>Token: contains a space — paste the token alone</source>
        <translation>Токен: содержит пробел — вставьте только сам токен</translation>
    </message>
    <message>
        <source>Bot API URL</source>
        <translation>Адрес Bot API</translation>
    </message>
    <message>
        <source>Token: the keychain did not store it — %1. Unlock the keychain and save again, or clear the field.</source>
        <translation>Токен: хранилище паролей не сохранило его — %1. Разблокируйте хранилище и сохраните снова или очистите поле.</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>&amp;Шифрование:</translation>
    </message>
    <message>
        <source>CA certi&amp;ficate:</source>
        <translation>С&amp;ертификат ЦС:</translation>
    </message>
    <message>
        <source>the system’s certificate authorities</source>
        <translation>системные центры сертификации</translation>
    </message>
    <message>
        <source>PEM file of the authority that signed the registry server’s certificate</source>
        <translation>Файл PEM центра сертификации, подписавшего сертификат сервера реестра</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Verify the server (verify-full, recommended)</source>
        <translation>Проверять сервер (verify-full, рекомендуется)</translation>
    </message>
    <message>
        <source>Encrypt, do not verify the server (require)</source>
        <translation>Шифровать, не проверяя сервер (require)</translation>
    </message>
    <message>
        <source>No encryption (disable) — trusted networks only</source>
        <translation>Без шифрования (disable) — только в доверенной сети</translation>
    </message>
    <message>
        <source>CA certificate of the registry server</source>
        <translation>Сертификат ЦС сервера реестра</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Сертификаты (*.crt *.pem);;Все файлы (*)</translation>
    </message>
    <message>
        <source>CA certificate: %1 cannot be read — choose the PEM file of the authority that signed the registry server’s certificate, or leave the field empty for the system’s authorities</source>
        <translation>Сертификат ЦС: не удаётся прочитать %1 — выберите файл PEM центра сертификации, подписавшего сертификат сервера реестра, или оставьте поле пустым, чтобы использовать системные центры сертификации</translation>
    </message>
</context>
<context>
    <name>SftpUpload</name>
    <message>
        <source>Not connected to the server</source>
        <translation>Нет подключения к серверу</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Upload: “%1” names a folder, not a file</source>
        <translation>Загрузка: «%1» — это папка, а не файл</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not create %1 on the server</source>
        <translation>Не удалось создать %1 на сервере</translation>
    </message>
    <message>
        <source>Writing %1 on the server failed</source>
        <translation>Запись %1 на сервере не удалась</translation>
    </message>
    <message>
        <source>Could not put %1 in place</source>
        <translation>Не удалось поставить %1 на место</translation>
    </message>
    <message>
        <source>%1 arrived damaged on the server (SHA-256 differs) and was removed; try again</source>
        <translation>%1 пришёл на сервер повреждённым (SHA-256 не совпадает) и удалён; попробуйте ещё раз</translation>
    </message>
    <message>
        <source>Could not put %1 in place: %2</source>
        <translation>Не удалось поставить %1 на место: %2</translation>
    </message>
</context>
<context>
    <name>SshLogin</name>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>The host key has not been accepted</source>
        <translation>Ключ хоста не принят</translation>
    </message>
    <message>
        <source>The server closed the connection during login</source>
        <translation>Сервер закрыл соединение во время входа</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>The connection dropped during login</source>
        <translation>Соединение оборвалось во время входа</translation>
    </message>
    <message>
        <source>ssh-agent (no key accepted)</source>
        <translation>ssh-agent (ни один ключ не принят)</translation>
    </message>
    <message>
        <source>key file %1</source>
        <translation>файл ключа %1</translation>
    </message>
    <message>
        <source>key file %1 (cannot be read)</source>
        <translation>файл ключа %1 (не читается)</translation>
    </message>
    <message>
        <source>key file %1 (wrong passphrase or not a key)</source>
        <translation>файл ключа %1 (неверная парольная фраза или это не ключ)</translation>
    </message>
    <message>
        <source>key file %1 (protected by a passphrase, none given)</source>
        <translation>файл ключа %1 (защищён парольной фразой, она не указана)</translation>
    </message>
    <message>
        <source>key file %1 (refused)</source>
        <translation>файл ключа %1 (отклонён)</translation>
    </message>
    <message>
        <source>default key files</source>
        <translation>стандартные файлы ключей</translation>
    </message>
    <message>
        <source>default key files (none accepted)</source>
        <translation>стандартные файлы ключей (ни один не принят)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <source>password (refused)</source>
        <translation>пароль (отклонён)</translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>keyboard-interactive</translation>
    </message>
    <message>
        <source>keyboard-interactive (refused)</source>
        <translation>keyboard-interactive (отклонён)</translation>
    </message>
    <message>
        <source>nothing (no key, agent or password was available)</source>
        <translation>ничего (не было ни ключа, ни агента, ни пароля)</translation>
    </message>
    <message>
        <source>Login as %1 on %2 failed. The server accepts: %3. Tried: %4. Check the user name and the password or key, or add your public key to the server's ~/.ssh/authorized_keys.</source>
        <translation>Вход как %1 на %2 не удался. Сервер принимает: %3. Испробовано: %4. Проверьте имя пользователя и пароль или ключ либо добавьте свой открытый ключ в ~/.ssh/authorized_keys на сервере.</translation>
    </message>
    <message>
        <source>nothing it reported</source>
        <translation>ничего из сообщённого</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Host: no server given — enter its name or address</source>
        <translation>Хост: сервер не указан — введите его имя или адрес</translation>
    </message>
    <message>
        <source>Could not create an SSH session (out of memory?)</source>
        <translation>Не удалось создать сеанс SSH (не хватает памяти?)</translation>
    </message>
    <message numerus="yes">
        <source>Could not connect to %1 within %n second(s) — check the host name, the port and that an SSH server is running there</source>
        <translation>
            <numerusform>Не удалось подключиться к %1 за %n секунду — проверьте имя хоста, порт и что там работает сервер SSH</numerusform>
            <numerusform>Не удалось подключиться к %1 за %n секунды — проверьте имя хоста, порт и что там работает сервер SSH</numerusform>
            <numerusform>Не удалось подключиться к %1 за %n секунд — проверьте имя хоста, порт и что там работает сервер SSH</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>SshSocket</name>
    <message>
        <source>the name %1 could not be resolved: %2</source>
        <translation>не удалось найти адрес для имени %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation><numerusform>нет ответа за %n секунду</numerusform><numerusform>нет ответа за %n секунды</numerusform><numerusform>нет ответа за %n секунд</numerusform></translation>
    </message>
</context>
<context>
    <name>StepCatalog</name>
    <message>
        <source>Wait for the package manager</source>
        <translation>Дождаться менеджера пакетов</translation>
    </message>
    <message>
        <source>Install system packages</source>
        <translation>Установить системные пакеты</translation>
    </message>
    <message>
        <source>Configure the firewall</source>
        <translation>Настроить межсетевой экран</translation>
    </message>
    <message>
        <source>Create the service user and folders</source>
        <translation>Создать служебного пользователя и папки</translation>
    </message>
    <message>
        <source>Generate server passwords</source>
        <translation>Сгенерировать пароли на сервере</translation>
    </message>
    <message>
        <source>Create the database and its role</source>
        <translation>Создать базу данных и её роль</translation>
    </message>
    <message>
        <source>Schedule database backups</source>
        <translation>Запланировать резервное копирование базы</translation>
    </message>
    <message>
        <source>Upload and unpack the release</source>
        <translation>Загрузить и распаковать релиз</translation>
    </message>
    <message>
        <source>Switch to the release</source>
        <translation>Переключиться на релиз</translation>
    </message>
    <message>
        <source>Install the profile's scripts</source>
        <translation>Установить сценарии профиля</translation>
    </message>
    <message>
        <source>Create the virtual environment</source>
        <translation>Создать виртуальное окружение</translation>
    </message>
    <message>
        <source>Write the environment file</source>
        <translation>Записать файл окружения</translation>
    </message>
    <message>
        <source>Record the version</source>
        <translation>Записать версию</translation>
    </message>
    <message>
        <source>Create the schema and seed data</source>
        <translation>Создать схему и начальные данные</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Создать администратора</translation>
    </message>
    <message>
        <source>Install the systemd units</source>
        <translation>Установить юниты systemd</translation>
    </message>
    <message>
        <source>Start the services</source>
        <translation>Запустить службы</translation>
    </message>
    <message>
        <source>Set the bot's Telegram mode</source>
        <translation>Настроить режим бота в Telegram</translation>
    </message>
    <message>
        <source>Configure nginx</source>
        <translation>Настроить nginx</translation>
    </message>
    <message>
        <source>Set up TLS</source>
        <translation>Настроить TLS</translation>
    </message>
    <message>
        <source>the built-in step “%1” is missing or incomplete</source>
        <translation>встроенный шаг «%1» отсутствует или неполон</translation>
    </message>
    <message>
        <source>Finishing the package installation safely…</source>
        <translation>Установка пакетов безопасно завершается…</translation>
    </message>
    <message>
        <source>Finishing the database changes safely…</source>
        <translation>Изменения базы данных безопасно завершаются…</translation>
    </message>
    <message>
        <source>Keep the current state as a backup and stop the services</source>
        <translation>Сохранить текущее состояние в резервную копию и остановить службы</translation>
    </message>
    <message>
        <source>Restore the database</source>
        <translation>Восстановить базу данных</translation>
    </message>
    <message>
        <source>Finishing the database restore safely…</source>
        <translation>Восстановление базы данных безопасно завершается…</translation>
    </message>
    <message>
        <source>Restore the environment file</source>
        <translation>Восстановить файл окружения</translation>
    </message>
    <message>
        <source>Finishing “%1” safely…</source>
        <translation>Шаг «%1» безопасно завершается…</translation>
    </message>
    <message>
        <source>Check that the server reaches its package mirror</source>
        <translation>Проверить доступ сервера к зеркалу пакетов</translation>
    </message>
    <message>
        <source>Check that ports 80, 443 and the application's port are free</source>
        <translation>Проверить, что порты 80, 443 и порт приложения свободны</translation>
    </message>
    <message>
        <source>Add the test location to production's site</source>
        <translation>Добавить тестовый location на сайт рабочего экземпляра</translation>
    </message>
    <message>
        <source>Stop the test instance's services and remove its units</source>
        <translation>Остановить службы тестового экземпляра и удалить его юниты</translation>
    </message>
    <message>
        <source>Remove the test instance's nginx location or site</source>
        <translation>Удалить location или сайт nginx тестового экземпляра</translation>
    </message>
    <message>
        <source>Drop the test database and its role</source>
        <translation>Удалить тестовую базу данных и её роль</translation>
    </message>
    <message>
        <source>Remove the test instance's files</source>
        <translation>Удалить файлы тестового экземпляра</translation>
    </message>
    <message>
        <source>Prepare the new release beside the running one</source>
        <translation>Подготовить новый релиз рядом с работающим</translation>
    </message>
    <message>
        <source>Back up the database, .env and the current release</source>
        <translation>Сохранить резервную копию базы данных, .env и текущего релиза</translation>
    </message>
    <message>
        <source>Switch to the new release</source>
        <translation>Переключиться на новый релиз</translation>
    </message>
    <message>
        <source>Finishing the switch safely…</source>
        <translation>Переключение безопасно завершается…</translation>
    </message>
    <message>
        <source>Record the update and prune old releases</source>
        <translation>Записать обновление и удалить старые релизы</translation>
    </message>
    <message>
        <source>Roll back to the previous release</source>
        <translation>Откатиться к предыдущему релизу</translation>
    </message>
    <message>
        <source>Finishing the rollback safely…</source>
        <translation>Откат безопасно завершается…</translation>
    </message>
</context>
<context>
    <name>StepExecutor</name>
    <message>
        <source>%1: the change was made but does not verify: %2</source>
        <translation>%1: изменение сделано, но проверка не пройдена: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 — ошибка: %2</translation>
    </message>
    <message>
        <source>Uploading %1 …</source>
        <translation>Загрузка %1 …</translation>
    </message>
    <message>
        <source>Uploading the release</source>
        <translation>Загрузка релиза</translation>
    </message>
</context>
<context>
    <name>SystemSettingsPage</name>
    <message>
        <source>System settings</source>
        <translation>Системные настройки</translation>
    </message>
    <message>
        <source>When the instance sends alerts and backs up its database, and which release of the KKT application it runs.</source>
        <translation>Когда экземпляр отправляет уведомления и делает резервную копию базы данных и какой релиз приложения KKT на нём работает.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>&amp;Alert days before a deadline:</source>
        <translation>&amp;Предупреждать за (дней до срока):</translation>
    </message>
    <message>
        <source>Release to deploy</source>
        <translation>Релиз для развёртывания</translation>
    </message>
    <message>
        <source>&amp;Latest release</source>
        <translation>П&amp;оследний релиз</translation>
    </message>
    <message>
        <source>Release &amp;tag:</source>
        <translation>Релиз по &amp;тегу:</translation>
    </message>
    <message>
        <source>&amp;Checksums:</source>
        <translation>Контрольные су&amp;ммы:</translation>
    </message>
    <message>
        <source>checksums.txt or the archive’s SHA-256</source>
        <translation>checksums.txt или SHA-256 архива</translation>
    </message>
    <message>
        <source>Choose the release archive</source>
        <translation>Выберите архив релиза</translation>
    </message>
    <message>
        <source>Release archives (*.tar.gz);;All files (*)</source>
        <translation>Архивы релизов (*.tar.gz);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the release’s checksums file</source>
        <translation>Выберите файл контрольных сумм релиза</translation>
    </message>
    <message>
        <source>Checksum files (*.txt *.sha256);;All files (*)</source>
        <translation>Файлы контрольных сумм (*.txt *.sha256);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Notification time</source>
        <translation>Время уведомлений</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Alert days</source>
        <translation>Дни предупреждений</translation>
    </message>
    <message>
        <source>Backup time</source>
        <translation>Время резервного копирования</translation>
    </message>
    <message>
        <source>Backup retention</source>
        <translation>Срок хранения копий</translation>
    </message>
    <message>
        <source>Release tag</source>
        <translation>Тег релиза</translation>
    </message>
    <message>
        <source>Release file</source>
        <translation>Файл релиза</translation>
    </message>
    <message>
        <source>Checksums</source>
        <translation>Контрольные суммы</translation>
    </message>
    <message>
        <source>&amp;Keep backups, days:</source>
        <translation>&amp;Хранить копии, дней:</translation>
    </message>
    <message>
        <source>Daily n&amp;otifications at:</source>
        <translation>Ежедневные &amp;уведомления в:</translation>
    </message>
    <message>
        <source>Daily backu&amp;p at:</source>
        <translation>Ежедневная резервная &amp;копия в:</translation>
    </message>
    <message>
        <source>Local f&amp;ile:</source>
        <translation>&amp;Локальный файл:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <source>Brows&amp;e…</source>
        <translation>Выбр&amp;ать…</translation>
    </message>
</context>
<context>
    <name>TelegramBotPage</name>
    <message>
        <source>Telegram bot</source>
        <translation>Telegram-бот</translation>
    </message>
    <message>
        <source>Each client instance has a Telegram bot of its own that sends the deadline alerts.</source>
        <translation>У каждого экземпляра клиента свой Telegram-бот, который присылает напоминания о сроках.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open @BotFather in Telegram: &lt;a href="https://t.me/BotFather"&gt;https://t.me/BotFather&lt;/a&gt;&lt;/li&gt;&lt;li&gt;Send &lt;b&gt;/newbot&lt;/b&gt; and answer its two questions: the bot’s display name, then a user name ending in “bot”.&lt;/li&gt;&lt;li&gt;BotFather answers with the token, a line like &lt;tt&gt;123456789:AAH…&lt;/tt&gt;. Copy it and paste it below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Откройте @BotFather в Telegram: &lt;a href="https://t.me/BotFather"&gt;https://t.me/BotFather&lt;/a&gt;&lt;/li&gt;&lt;li&gt;Отправьте &lt;b&gt;/newbot&lt;/b&gt; и ответьте на два вопроса: отображаемое имя бота, затем имя пользователя, оканчивающееся на «bot».&lt;/li&gt;&lt;li&gt;BotFather ответит токеном — строкой вида &lt;tt&gt;123456789:AAH…&lt;/tt&gt;. Скопируйте её и вставьте ниже.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Bot &amp;token:</source>
        <translation>&amp;Токен бота:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>The token is a secret: it stays in memory and is never written to a configuration file.</source>
        <translation>Токен — секрет: он хранится только в памяти и никогда не записывается в файл конфигурации.</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Токен бота</translation>
    </message>
</context>
<context>
    <name>TelegramCall</name>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>Telegram rejected the bot token (HTTP %1): it is wrong or was revoked — copy the current token from @BotFather (/mybots → API Token)</source>
        <translation>Telegram отклонил токен бота (HTTP %1): он неверен или отозван — скопируйте действующий токен у @BotFather (/mybots → API Token)</translation>
    </message>
    <message>
        <source>Telegram does not know this chat for the bot — that user must open the bot in Telegram and press Start first, then try again</source>
        <translation>Telegram не знает этот чат для бота — пользователь должен открыть бота в Telegram и нажать «Start», затем повторите попытку</translation>
    </message>
    <message>
        <source>Telegram refused: %1 — the user may have blocked the bot; ask them to unblock it and press Start</source>
        <translation>Telegram отказал: %1 — возможно, пользователь заблокировал бота; попросите его разблокировать бота и нажать «Start»</translation>
    </message>
    <message numerus="yes">
        <source>Telegram asks to wait %n second(s) before the next request (too many requests) — try again later</source>
        <translation>
            <numerusform>Telegram просит подождать %n секунду до следующего запроса (слишком много запросов) — повторите позже</numerusform>
            <numerusform>Telegram просит подождать %n секунды до следующего запроса (слишком много запросов) — повторите позже</numerusform>
            <numerusform>Telegram просит подождать %n секунд до следующего запроса (слишком много запросов) — повторите позже</numerusform>
        </translation>
    </message>
    <message>
        <source>Telegram refused %1: %2</source>
        <translation>Telegram отклонил %1: %2</translation>
    </message>
    <message>
        <source>Telegram had a server error (HTTP %1) — try again in a minute</source>
        <translation>ошибка сервера Telegram (HTTP %1) — повторите через минуту</translation>
    </message>
    <message>
        <source>%1 answered with something that is not the Telegram Bot API (HTTP %2) — check the Telegram API address</source>
        <translation>%1 ответил не так, как Telegram Bot API (HTTP %2) — проверьте адрес API Telegram</translation>
    </message>
    <message>
        <source>Network problem: Telegram (%1) could not be reached: %2 — check the internet connection or proxy; the token itself was not checked</source>
        <translation>Проблема с сетью: Telegram (%1) недоступен: %2 — проверьте подключение к интернету или прокси; сам токен не проверялся</translation>
    </message>
</context>
<context>
    <name>TelegramCommand</name>
    <message>
        <source>check a bot token: the bot's name and how it receives updates (check)</source>
        <translation>проверить токен бота: имя бота и способ получения обновлений (check)</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>вывести результат в формате JSON</translation>
    </message>
    <message>
        <source>Telegram Bot API base URL (default $KKT_TELEGRAM_API_URL or https://api.telegram.org)</source>
        <translation>базовый URL Telegram Bot API (по умолчанию $KKT_TELEGRAM_API_URL или https://api.telegram.org)</translation>
    </message>
    <message>
        <source>check the token given on standard input or in %1</source>
        <translation>проверить токен из стандартного ввода или из %1</translation>
    </message>
    <message>
        <source>telegram: the only action is check — echo TOKEN | kkt-deploy telegram check</source>
        <translation>telegram: единственное действие — check — echo ТОКЕН | kkt-deploy telegram check</translation>
    </message>
    <message>
        <source>telegram check: the bot token (standard input or %1) %2 — %3</source>
        <translation>telegram check: токен бота (стандартный ввод или %1) %2 — %3</translation>
    </message>
    <message>
        <source>telegram: --api-url “%1” is not an http(s) URL — e.g. https://api.telegram.org</source>
        <translation>telegram: --api-url «%1» — не URL http(s) — например, https://api.telegram.org</translation>
    </message>
    <message>
        <source>telegram check: %1</source>
        <translation>telegram check: %1</translation>
    </message>
    <message>
        <source>Bot:      %1, id %2</source>
        <translation>Бот:        %1, id %2</translation>
    </message>
    <message numerus="yes">
        <source>Updates:  long polling (no webhook), %n update(s) pending</source>
        <translation>
            <numerusform>Обновления: long polling (без вебхука), в очереди %n обновление</numerusform>
            <numerusform>Обновления: long polling (без вебхука), в очереди %n обновления</numerusform>
            <numerusform>Обновления: long polling (без вебхука), в очереди %n обновлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updates:  webhook %1, %n update(s) pending</source>
        <translation>
            <numerusform>Обновления: вебхук %1, в очереди %n обновление</numerusform>
            <numerusform>Обновления: вебхук %1, в очереди %n обновления</numerusform>
            <numerusform>Обновления: вебхук %1, в очереди %n обновлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Note:     the KKT 1.0 bot uses long polling; deployment deletes this webhook</source>
        <translation>Примечание: бот KKT 1.0 использует long polling; развёртывание удалит этот вебхук</translation>
    </message>
    <message>
        <source>Last webhook error: %1</source>
        <translation>Последняя ошибка вебхука: %1</translation>
    </message>
</context>
<context>
    <name>TelegramModeStep</name>
    <message>
        <source>%1: the bot token does not work: %2</source>
        <translation>%1: токен бота не работает: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>@%1 has no webhook: long polling works.</source>
        <translation>У @%1 нет вебхука: long polling работает.</translation>
    </message>
    <message>
        <source>Removing the webhook of @%1 so that the bot can poll.</source>
        <translation>Удаление вебхука @%1, чтобы бот мог получать обновления опросом.</translation>
    </message>
    <message>
        <source>%1: Telegram still reports the wrong webhook state</source>
        <translation>%1: Telegram по-прежнему сообщает неверное состояние вебхука</translation>
    </message>
</context>
<context>
    <name>TestInstanceAction</name>
    <message>
        <source>Remove test instance…</source>
        <translation>Удалить тестовый экземпляр…</translation>
    </message>
    <message>
        <source>Stop and remove the selected TEST instance from its server — services, nginx location or site, database and role, files — with production checked before and after</source>
        <translation>Остановить и удалить выбранный ТЕСТОВЫЙ экземпляр с его сервера — службы, location или сайт nginx, базу данных и роль, файлы — с проверкой рабочего экземпляра до и после</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Remove test instance</source>
        <translation>Удаление тестового экземпляра</translation>
    </message>
    <message>
        <source>Remove TEST instance %1 from %2?

Its services, its nginx location or site, the database %3 with its role, and its files are removed. Production on that server is checked before and after and stays as it is.</source>
        <translation>Удалить ТЕСТОВЫЙ экземпляр %1 с %2?

Будут удалены его службы, location или сайт nginx, база данных %3 с ролью и его файлы. Рабочий экземпляр на этом сервере проверяется до и после и остаётся как есть.</translation>
    </message>
    <message>
        <source>Cancel removal</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <source>Removing test instance %1 …</source>
        <translation>Удаление тестового экземпляра %1…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>✔ Test instance %1 is removed; production %2 is exactly as before.</source>
        <translation>✔ Тестовый экземпляр %1 удалён; рабочий экземпляр %2 точно такой же, как до начала.</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
</context>
<context>
    <name>TestInstanceCommand</name>
    <message>
        <source>remove a test instance from its server (production checked before and after)</source>
        <translation>удалить тестовый экземпляр с его сервера (рабочий экземпляр проверяется до и после)</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>remove</translation>
    </message>
    <message>
        <source>the test instance (name INST-…, UUID or id in the registry)</source>
        <translation>тестовый экземпляр (имя INST-…, UUID или id в реестре)</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>не спрашивать подтверждения</translation>
    </message>
    <message>
        <source>log in with this private key instead of ssh-agent</source>
        <translation>входить с этим закрытым ключом вместо ssh-agent</translation>
    </message>
    <message>
        <source>known_hosts file (default: ~/.ssh/known_hosts)</source>
        <translation>файл known_hosts (по умолчанию ~/.ssh/known_hosts)</translation>
    </message>
    <message>
        <source>the deployment journal (default: the application's)</source>
        <translation>журнал развёртываний (по умолчанию — журнал приложения)</translation>
    </message>
    <message>
        <source>test-instance: give an action — kkt-deploy test-instance remove --instance ID</source>
        <translation>test-instance: укажите действие — kkt-deploy test-instance remove --instance ID</translation>
    </message>
    <message>
        <source>test-instance: --instance is missing — give the test instance, e.g. --instance INST-20261125120000 (kkt-deploy registry list shows them)</source>
        <translation>test-instance: не указан --instance — укажите тестовый экземпляр, например --instance INST-20261125120000 (их показывает kkt-deploy registry list)</translation>
    </message>
    <message>
        <source>test-instance: --instance: %1 is a production instance — only test instances are removed with this command; nothing was changed</source>
        <translation>test-instance: --instance: %1 — рабочий экземпляр, а эта команда удаляет только тестовые; ничего не изменено</translation>
    </message>
    <message>
        <source>Remove TEST instance %1 from %2 (services, nginx location or site, database %3, files)? Production stays as it is. Type “yes”: </source>
        <translation>Удалить ТЕСТОВЫЙ экземпляр %1 с %2 (службы, location или сайт nginx, база данных %3, файлы)? Рабочий экземпляр останется как есть. Введите «yes»: </translation>
    </message>
    <message>
        <source>test-instance remove: not confirmed; nothing was changed (pass --yes to skip the question)</source>
        <translation>test-instance remove: не подтверждено; ничего не изменено (--yes пропускает вопрос)</translation>
    </message>
    <message>
        <source>test-instance remove: %1</source>
        <translation>test-instance remove: %1</translation>
    </message>
</context>
<context>
    <name>TestInstanceRemoval</name>
    <message>
        <source>%1 is a production instance; only a test instance is removed this way, and nothing was changed</source>
        <translation>%1 — рабочий экземпляр; так удаляется только тестовый, ничего не изменено</translation>
    </message>
    <message>
        <source>Removing test instance %1 from %2; production stays as it is.</source>
        <translation>Удаление тестового экземпляра %1 с %2; рабочий экземпляр остаётся как есть.</translation>
    </message>
    <message>
        <source>Test instance %1 is removed from the server.</source>
        <translation>Тестовый экземпляр %1 удалён с сервера.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>%1 Cancel again to leave at once: the step goes on on the server.</source>
        <translation>%1 Отмените ещё раз, чтобы выйти сразу: шаг продолжится на сервере.</translation>
    </message>
</context>
<context>
    <name>TestMessagePanel</name>
    <message>
        <source>Send &amp;test message</source>
        <translation>Отправить &amp;тестовое сообщение</translation>
    </message>
    <message>
        <source>Optional: send a short message from the bot to every ID in the list</source>
        <translation>Необязательно: бот отправит короткое сообщение каждому ID из списка</translation>
    </message>
    <message>
        <source>Telegram ID</source>
        <translation>Telegram ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Enter a valid bot token on the Telegram bot page first, then send the test message.</source>
        <translation>Сначала введите действующий токен на странице «Telegram-бот», затем отправьте тестовое сообщение.</translation>
    </message>
    <message>
        <source>Add at least one Telegram ID to the list first.</source>
        <translation>Сначала добавьте в список хотя бы один Telegram ID.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>отправка…</translation>
    </message>
    <message>
        <source>KKT Deploy: test message. This chat will receive the KKT deadline alerts.</source>
        <translation>KKT Deploy: тестовое сообщение. В этот чат будут приходить напоминания KKT о сроках.</translation>
    </message>
    <message>
        <source>✓ delivered</source>
        <translation>✓ доставлено</translation>
    </message>
    <message numerus="yes">
        <source>Delivered to %1 of %n ID(s).</source>
        <translation>
            <numerusform>Доставлено %1 из %n ID.</numerusform>
            <numerusform>Доставлено %1 из %n ID.</numerusform>
            <numerusform>Доставлено %1 из %n ID.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextTemplate</name>
    <message>
        <source>the template uses {%1}, which has no value</source>
        <translation>шаблон использует {%1}, для которого нет значения</translation>
    </message>
</context>
<context>
    <name>TlsCertificatePair</name>
    <message>
        <source>web.certificateFile: “%1” cannot be read (%2) — choose the certificate file (PEM) on this computer</source>
        <translation>web.certificateFile: «%1» не удаётся прочитать (%2) — выберите файл сертификата (PEM) на этом компьютере</translation>
    </message>
    <message>
        <source>web.keyFile: “%1” cannot be read (%2) — choose the certificate's private key file (PEM) on this computer</source>
        <translation>web.keyFile: «%1» не удаётся прочитать (%2) — выберите файл закрытого ключа сертификата (PEM) на этом компьютере</translation>
    </message>
    <message>
        <source>web.certificateFile: “%1” holds no PEM certificate — choose the certificate (“-----BEGIN CERTIFICATE-----”, the server's own first, then its chain)</source>
        <translation>web.certificateFile: в «%1» нет сертификата PEM — выберите сертификат («-----BEGIN CERTIFICATE-----»: сначала сертификат сервера, затем цепочка)</translation>
    </message>
    <message>
        <source>web.keyFile: “%1” holds no unencrypted PEM private key — choose the key without a passphrase (nginx must read it unattended), e.g. openssl pkey -in KEY -out PLAIN.key</source>
        <translation>web.keyFile: в «%1» нет незашифрованного закрытого ключа PEM — выберите ключ без парольной фразы (nginx читает его без участия человека), например openssl pkey -in KEY -out PLAIN.key</translation>
    </message>
    <message>
        <source>web.keyFile: the private key “%1” does not belong to the certificate “%2” (%3) — choose the key that was made together with this certificate; nothing was changed on the server</source>
        <translation>web.keyFile: закрытый ключ «%1» не подходит к сертификату «%2» (%3) — выберите ключ, созданный вместе с этим сертификатом; на сервере ничего не изменено</translation>
    </message>
    <message>
        <source>web.certificateFile: the certificate “%1” (%2) has expired — renew it, or choose Let's Encrypt</source>
        <translation>web.certificateFile: срок действия сертификата «%1» (%2) истёк — обновите его или выберите Let's Encrypt</translation>
    </message>
    <message>
        <source>web.certificateFile: the certificate “%1” (%2) is not valid for %3 — choose a certificate issued for this domain</source>
        <translation>web.certificateFile: сертификат «%1» (%2) не действителен для %3 — выберите сертификат, выпущенный для этого домена</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>create: how long the token stays valid, e.g. 12h, 7d, 2w (at most a year)</source>
        <translation>create: срок действия токена, например 12h, 7d, 2w (не больше года)</translation>
    </message>
    <message>
        <source>create: what the token is for (shown by token list)</source>
        <translation>create: для чего токен (показывается в token list)</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>вывести результат в JSON</translation>
    </message>
    <message>
        <source>--expires: “%1” is not a duration — use a number with m, h, d or w, e.g. 7d (at most a year)</source>
        <translation>--expires: «%1» — не срок; укажите число с m, h, d или w, например 7d (не больше года)</translation>
    </message>
    <message>
        <source>token: deployment tokens are redeemed in the central registry — give it with --registry postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>token: токены развёртывания погашаются в центральном реестре — укажите его: --registry postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n токен</numerusform>
            <numerusform>%n токена</numerusform>
            <numerusform>%n токенов</numerusform>
        </translation>
    </message>
    <message>
        <source>create: the client company the token is for (its instance is recorded under this name)</source>
        <translation>create: компания клиента, для которой выдаётся токен (её экземпляр записывается под этим именем)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Истекает (UTC)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Выдал</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>This deployment key is shown only now and works once, until %1 UTC: the client pastes it on kkt-deploy-client's Welcome page. It holds the token and the password of its own registry login %2; the registry keeps only their hashes.</source>
        <translation>Этот ключ развёртывания показывается только сейчас и действует один раз, до %1 UTC: клиент вставляет его на странице «Добро пожаловать» kkt-deploy-client. В нём токен и пароль отдельного входа в реестр %2; реестр хранит только их хеши.</translation>
    </message>
    <message>
        <source>create and list one-time deployment tokens for self-service installs; prune their logins</source>
        <translation>создать и показать одноразовые токены развёртывания для самостоятельной установки; удалить их отслужившие входы</translation>
    </message>
    <message>
        <source>create | list | prune</source>
        <translation>create | list | prune</translation>
    </message>
    <message>
        <source>token: give an action — kkt-deploy token create --expires 7d, kkt-deploy token list or kkt-deploy token prune</source>
        <translation>token: укажите действие — kkt-deploy token create --expires 7d, kkt-deploy token list или kkt-deploy token prune</translation>
    </message>
    <message>
        <source>Nothing to prune: the embedded SQLite registry has no logins. Deployment keys and their logins exist in the central PostgreSQL registry only — give it with --registry postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>Удалять нечего: во встроенном реестре SQLite нет входов. Ключи развёртывания и их входы есть только в центральном реестре PostgreSQL — укажите его: --registry postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА</translation>
    </message>
    <message numerus="yes">
        <source>%n login(s) pruned; the logins of unexpired keys, and of used keys until a day after they expire (the client records its deployment with them), are kept</source>
        <translation><numerusform>Удалён %n вход; входы неистёкших ключей, а также использованных — до суток после истечения (клиент записывает через них своё развёртывание), сохранены</numerusform><numerusform>Удалено %n входа; входы неистёкших ключей, а также использованных — до суток после истечения (клиент записывает через них своё развёртывание), сохранены</numerusform><numerusform>Удалено %n входов; входы неистёкших ключей, а также использованных — до суток после истечения (клиент записывает через них своё развёртывание), сохранены</numerusform></translation>
    </message>
</context>
<context>
    <name>UpdateAvailability</name>
    <message>
        <source>no interruption expected</source>
        <translation>без перерыва в работе</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>около %1 с</translation>
    </message>
</context>
<context>
    <name>UpdateCheck</name>
    <message>
        <source>the server's .version “%1” is not a version — deploy the instance again</source>
        <translation>.version на сервере («%1») — не номер версии; разверните экземпляр заново</translation>
    </message>
    <message>
        <source>--to: “%1” is not a version — give one like 1.1.0</source>
        <translation>--to: «%1» — не номер версии; укажите, например, 1.1.0</translation>
    </message>
    <message>
        <source>the instance runs %1, so %2 is no update — use kkt-deploy rollback to go back</source>
        <translation>экземпляр работает на %1, поэтому %2 — не обновление; чтобы вернуться, используйте kkt-deploy rollback</translation>
    </message>
    <message>
        <source>release %1 is not known — check the version, or give --archive and --checksums</source>
        <translation>релиз %1 неизвестен — проверьте версию или укажите --archive и --checksums</translation>
    </message>
    <message>
        <source>%1 updates only from %2 on, and the instance runs %3 — update to %2 first</source>
        <translation>%1 обновляет только с версии %2, а экземпляр работает на %3 — сначала обновите его до %2</translation>
    </message>
    <message>
        <source>instance %1 already runs %2</source>
        <translation>экземпляр %1 уже работает на %2</translation>
    </message>
    <message>
        <source>instance %1 runs %2, newer than %3 — use kkt-deploy rollback to go back</source>
        <translation>экземпляр %1 работает на %2, это новее %3 — чтобы вернуться, используйте kkt-deploy rollback</translation>
    </message>
</context>
<context>
    <name>UpdateCommand</name>
    <message>
        <source>the version to update to (default: the newest)</source>
        <translation>версия, до которой обновить (по умолчанию — самая новая)</translation>
    </message>
    <message>
        <source>the release archive on this machine (repeatable with check)</source>
        <translation>архив релиза на этом компьютере (для check можно указать несколько)</translation>
    </message>
    <message>
        <source>its checksums.txt, or its SHA-256</source>
        <translation>его checksums.txt или его SHA-256</translation>
    </message>
    <message>
        <source>stage now and apply at this time (HH:MM, or yyyy-MM-ddTHH:MM)</source>
        <translation>подготовить сейчас, применить в это время (ЧЧ:ММ или гггг-ММ-ддTЧЧ:ММ)</translation>
    </message>
    <message>
        <source>apply a critical update without per-instance approval, stating why</source>
        <translation>применить критическое обновление без одобрения для экземпляра, указав причину</translation>
    </message>
    <message>
        <source>continue the interrupted update ID</source>
        <translation>продолжить прерванное обновление ID</translation>
    </message>
    <message>
        <source>check instances for updates, or update one (staged, backed up, health-gated, rolled back on failure)</source>
        <translation>проверить экземпляры на обновления или обновить один (подготовка, резервная копия, проверка работоспособности, откат при сбое)</translation>
    </message>
    <message>
        <source>check | apply</source>
        <translation>check | apply</translation>
    </message>
    <message>
        <source>update: --archive and --checksums go in pairs — give the checksums of each archive</source>
        <translation>update: --archive и --checksums указываются парами — дайте контрольные суммы каждого архива</translation>
    </message>
    <message>
        <source>update check: give --instance ID or --all</source>
        <translation>update check: укажите --instance ID или --all</translation>
    </message>
    <message>
        <source>update check: --archive: %1</source>
        <translation>update check: --archive: %1</translation>
    </message>
    <message>
        <source>update check: the release list cannot be read: %1</source>
        <translation>update check: не удалось получить список релизов: %1</translation>
    </message>
    <message>
        <source>%1: cannot check — %2</source>
        <translation>%1: проверить нельзя — %2</translation>
    </message>
    <message>
        <source>%1: %2 is up to date</source>
        <translation>%1: %2 — последняя версия</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4; %5; downtime %6; rollback %7)%8
%9</source>
        <translation>%1: %2 → %3 (%4; %5; перерыв: %6; откат %7)%8
%9</translation>
    </message>
    <message>
        <source>migrates the database</source>
        <translation>меняет схему базы данных</translation>
    </message>
    <message>
        <source>no migration</source>
        <translation>без миграции</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>возможен</translation>
    </message>
    <message>
        <source>not possible</source>
        <translation>невозможен</translation>
    </message>
    <message>
        <source>update apply: %1</source>
        <translation>update apply: %1</translation>
    </message>
    <message>
        <source>update apply: --at: “%1” is not a time — give HH:MM or yyyy-MM-ddTHH:MM</source>
        <translation>update apply: --at: «%1» — не время; укажите ЧЧ:ММ или гггг-ММ-ддTЧЧ:ММ</translation>
    </message>
    <message>
        <source>Update %1 on %2 to %3 (%4, %5)?</source>
        <translation>Обновить %1 на %2 до %3 (%4, %5)?</translation>
    </message>
    <message>
        <source>update apply: not approved; nothing was changed (pass --yes to approve)</source>
        <translation>update apply: не одобрено; ничего не изменено (--yes одобряет)</translation>
    </message>
    <message>
        <source>Staged; the update is applied at %1 (update %2). Keep this running, or apply it then with --resume %2.</source>
        <translation>Подготовлено; обновление будет применено в %1 (обновление %2). Не закрывайте программу или примените его тогда с --resume %2.</translation>
    </message>
    <message>
        <source>update apply: cancelled while waiting; the release stays staged — apply it with --resume %1</source>
        <translation>update apply: отменено во время ожидания; релиз остаётся подготовленным — примените его с --resume %1</translation>
    </message>
    <message>
        <source>check, or update in waves, every active instance</source>
        <translation>проверить или обновить волнами все активные экземпляры</translation>
    </message>
    <message>
        <source>update: give an action — kkt-deploy update check [--instance ID | --all], or update apply [--instance ID | --all]</source>
        <translation>update: укажите действие — kkt-deploy update check [--instance ID | --all] или update apply [--instance ID | --all]</translation>
    </message>
    <message>
        <source>update: --canary, --share, --concurrency and --max-failures are for a fleet update — add --all to update apply</source>
        <translation>update: --canary, --share, --concurrency и --max-failures относятся к обновлению парка — добавьте --all к update apply</translation>
    </message>
    <message>
        <source>update apply --all: --instance, --at and --resume are for one instance — leave them out, or update one instance with --instance ID</source>
        <translation>update apply --all: --instance, --at и --resume относятся к одному экземпляру — уберите их или обновите один экземпляр с --instance ID</translation>
    </message>
    <message>
        <source>update apply --all: the registry has no active instance; nothing to update</source>
        <translation>update apply --all: в реестре нет активных экземпляров; обновлять нечего</translation>
    </message>
</context>
<context>
    <name>UpdateHistoryTable</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Updates and roll backs</source>
        <translation>Обновления и откаты</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Простой</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
</context>
<context>
    <name>UpdateOptions</name>
    <message>
        <source>the instance (name INST-…, UUID or id in the registry)</source>
        <translation>экземпляр (имя INST-…, UUID или id в реестре)</translation>
    </message>
    <message>
        <source>log in with this private key instead of ssh-agent</source>
        <translation>входить с этим закрытым ключом вместо ssh-agent</translation>
    </message>
    <message>
        <source>known_hosts file (default: ~/.ssh/known_hosts)</source>
        <translation>файл известных хостов (по умолчанию: ~/.ssh/known_hosts)</translation>
    </message>
    <message>
        <source>the deployment journal (default: the application's)</source>
        <translation>журнал развёртываний (по умолчанию — журнал приложения)</translation>
    </message>
    <message>
        <source>how many days after an update it may be rolled back (default: the setting, 7)</source>
        <translation>сколько дней после обновления его можно откатить (по умолчанию — из настроек, 7)</translation>
    </message>
    <message>
        <source>do not ask for confirmation (approves the update for this instance)</source>
        <translation>не спрашивать подтверждения (одобряет обновление для этого экземпляра)</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>вывести результат в формате JSON</translation>
    </message>
    <message>
        <source>%1: --instance is missing — give the instance, e.g. --instance INST-20261125120000</source>
        <translation>%1: не указан --instance — укажите экземпляр, например --instance INST-20261125120000</translation>
    </message>
    <message>
        <source>%1: --window-days: “%2” is not a number of days — give e.g. 7</source>
        <translation>%1: --window-days: «%2» — не число дней; укажите, например, 7</translation>
    </message>
    <message>
        <source>Type “yes”: </source>
        <translation>Введите «yes»: </translation>
    </message>
</context>
<context>
    <name>UpdatePolicy</name>
    <message>
        <source> by %1</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>approved for this instance%1</source>
        <translation>одобрено для этого экземпляра%1</translation>
    </message>
    <message>
        <source>a critical update needs approval for this instance (--yes) or a stated reason to force it (--force-reason TEXT)</source>
        <translation>критическому обновлению нужно одобрение для этого экземпляра (--yes) или указанная причина для принудительного применения (--force-reason ТЕКСТ)</translation>
    </message>
    <message>
        <source>critical update forced%1: %2</source>
        <translation>критическое обновление применено принудительно%1: %2</translation>
    </message>
    <message>
        <source>a %1 update needs approval for this instance — review it and pass --yes</source>
        <translation>обновлению (%1) нужно одобрение для этого экземпляра — просмотрите его и укажите --yes</translation>
    </message>
    <message>
        <source>only a critical update can be forced without approval; this one is %1 — review it and pass --yes</source>
        <translation>без одобрения можно применить только критическое обновление, а это — %1; просмотрите его и укажите --yes</translation>
    </message>
</context>
<context>
    <name>UpdateProductionCheck</name>
    <message>
        <source>production could not be checked before the test instance's update, so nothing was changed: %1</source>
        <translation>рабочий экземпляр не удалось проверить перед обновлением тестового экземпляра, поэтому ничего не изменено: %1</translation>
    </message>
    <message>
        <source>production could not be checked afterwards: %1</source>
        <translation>рабочий экземпляр не удалось проверить после: %1</translation>
    </message>
</context>
<context>
    <name>UpdateProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>View full &amp;log…</source>
        <translation>Весь &amp;журнал…</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation>✘ %1: %2</translation>
    </message>
    <message>
        <source>Cancelling: the current step finishes first; an update that has begun to switch ends on one version, rolled back if need be…</source>
        <translation>Отмена: текущий шаг сначала завершится; обновление, уже начавшее переключение, закончится на одной версии, при необходимости с откатом…</translation>
    </message>
    <message>
        <source>Update log</source>
        <translation>Журнал обновления</translation>
    </message>
    <message>
        <source>%1: the check failed: %2</source>
        <translation>%1: проверка не удалась: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3 cannot be applied: %4</source>
        <translation>%1: %2 → %3 нельзя применить: %4</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1: %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2, up to date</source>
        <translation>%1: %2, актуален</translation>
    </message>
</context>
<context>
    <name>UpdateRecorder</name>
    <message>
        <source>the registry record could not be queued: %1</source>
        <translation>запись для реестра не удалось поставить в очередь: %1</translation>
    </message>
    <message>
        <source>Recorded in the registry %1.</source>
        <translation>Записано в реестр %1.</translation>
    </message>
    <message numerus="yes">
        <source>The registry %1 cannot be reached (%2); %n record(s) wait in the outbox and are sent when it can.</source>
        <translation><numerusform>Реестр %1 недоступен (%2); %n запись ждёт в очереди и будет отправлена, когда он станет доступен.</numerusform><numerusform>Реестр %1 недоступен (%2); %n записи ждут в очереди и будут отправлены, когда он станет доступен.</numerusform><numerusform>Реестр %1 недоступен (%2); %n записей ждут в очереди и будут отправлены, когда он станет доступен.</numerusform></translation>
    </message>
    <message>
        <source>TEST instance — %1</source>
        <translation>ТЕСТОВЫЙ экземпляр — %1</translation>
    </message>
</context>
<context>
    <name>UpdateRelease</name>
    <message>
        <source>release %1: %2</source>
        <translation>релиз %1: %2</translation>
    </message>
    <message>
        <source>release %1: it has no VERSION file, so it cannot be an update</source>
        <translation>релиз %1: в нём нет файла VERSION, поэтому он не может быть обновлением</translation>
    </message>
</context>
<context>
    <name>UpdateReviewDialog</name>
    <message>
        <source>Review the update</source>
        <translation>Проверка обновления</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Важность:</translation>
    </message>
    <message>
        <source>Database migration:</source>
        <translation>Миграция базы данных:</translation>
    </message>
    <message>
        <source>Estimated downtime:</source>
        <translation>Ожидаемый простой:</translation>
    </message>
    <message>
        <source>Roll back:</source>
        <translation>Откат:</translation>
    </message>
    <message>
        <source>&amp;Changelog:</source>
        <translation>&amp;Список изменений:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Apply &amp;now</source>
        <translation>Применить с&amp;ейчас</translation>
    </message>
    <message>
        <source>&amp;Schedule for a maintenance window at:</source>
        <translation>&amp;Запланировать на окно обслуживания:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: update from %2 to %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: обновление с %2 до %3</translation>
    </message>
    <message>
        <source>A critical update: install it as soon as possible</source>
        <translation>Критическое обновление: установите его как можно скорее</translation>
    </message>
    <message>
        <source>yes — the database is backed up first and restored if the update fails</source>
        <translation>да — сначала делается резервная копия базы данных, и она восстанавливается, если обновление не удастся</translation>
    </message>
    <message>
        <source>yes — %1; the database is backed up first and restored if the update fails</source>
        <translation>да — %1; сначала делается резервная копия базы данных, и она восстанавливается, если обновление не удастся</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>possible for %n day(s) after the update, to %1</source>
        <translation><numerusform>возможен %n день после обновления, к версии %1</numerusform><numerusform>возможен %n дня после обновления, к версии %1</numerusform><numerusform>возможен %n дней после обновления, к версии %1</numerusform></translation>
    </message>
    <message>
        <source>not possible: the release says it cannot be rolled back</source>
        <translation>невозможен: релиз указывает, что его нельзя откатить</translation>
    </message>
    <message>
        <source>This release has breaking changes.</source>
        <translation>В этом релизе есть несовместимые изменения.</translation>
    </message>
    <message>
        <source>The release has no changelog.</source>
        <translation>У релиза нет списка изменений.</translation>
    </message>
    <message>
        <source>This update cannot be applied: %1</source>
        <translation>Это обновление нельзя применить: %1</translation>
    </message>
    <message>
        <source>&amp;Apply now</source>
        <translation>&amp;Применить сейчас</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>Заплани&amp;ровать</translation>
    </message>
    <message>
        <source>Update &amp;to:</source>
        <translation>Обновить &amp;до:</translation>
    </message>
    <message>
        <source>The release to update to: the newest by default, or one between (e.g. the one a newer release needs first)</source>
        <translation>Релиз, до которого обновить: по умолчанию самый новый или промежуточный (например, тот, который нужен более новому релизу сначала)</translation>
    </message>
    <message>
        <source>The release is staged on the server now; the window holds only the backup, the switch and the health checks. KKT Deploy applies it at that time and must be running then: the schedule is kept when you close it, but an update whose time comes while it is closed is not applied.</source>
        <translation>Релиз подготавливается на сервере сейчас; в окно обслуживания остаются только резервная копия, переключение и проверки работоспособности. KKT Deploy применит его в это время и должен быть запущен: при закрытии расписание сохраняется, но обновление, время которого наступит при закрытом KKT Deploy, не применяется.</translation>
    </message>
</context>
<context>
    <name>UpdateRunner</name>
    <message>
        <source>%1 Cancel again to leave at once: the step goes on on the server, and the next run waits for it.</source>
        <translation>%1 Отмените ещё раз, чтобы выйти сразу: шаг продолжится на сервере, и следующий запуск дождётся его.</translation>
    </message>
    <message>
        <source>Connected to %1 (host key %2).</source>
        <translation>Подключено к %1 (ключ хоста %2).</translation>
    </message>
    <message>
        <source>instance %1 has no .version on %2 — is it deployed there?</source>
        <translation>у экземпляра %1 нет .version на %2 — он точно там развёрнут?</translation>
    </message>
    <message>
        <source>health check failed: %1 — %2</source>
        <translation>проверка работоспособности не пройдена: %1 — %2</translation>
    </message>
    <message>
        <source>Rolling back to %1 …</source>
        <translation>Откат к %1 …</translation>
    </message>
    <message>
        <source>Update to %1 failed at %2, and rolling back to %3 failed too: %4 — the instance needs attention</source>
        <translation>Обновление до %1 не удалось (%2), и откат к %3 тоже не удался: %4 — экземпляру нужно внимание</translation>
    </message>
    <message>
        <source>Update to %1 failed at %2; rolled back to %3</source>
        <translation>Обновление до %1 не удалось (%2); выполнен откат к %3</translation>
    </message>
    <message>
        <source>; database restored from the backup of %1</source>
        <translation>; база данных восстановлена из резервной копии от %1</translation>
    </message>
    <message>
        <source>Checking the release %1 …</source>
        <translation>Проверка релиза %1 …</translation>
    </message>
    <message>
        <source>--to %1, but the archive holds release %2 — give the archive of %1</source>
        <translation>--to %1, но в архиве релиз %2 — укажите архив релиза %1</translation>
    </message>
    <message>
        <source>Update %1 of %2: %3 → %4 — if it is interrupted, continue it with --resume %1.</source>
        <translation>Обновление %1 экземпляра %2: %3 → %4 — если оно прервётся, продолжите его с --resume %1.</translation>
    </message>
    <message>
        <source>Release %1 is staged beside %2 on %3; nothing of the running instance changed.</source>
        <translation>Релиз %1 подготовлен рядом с %2 на %3; работающий экземпляр не изменён.</translation>
    </message>
    <message>
        <source>cancelled after the switch to %1; resume to check its health and record it</source>
        <translation>отменено после переключения на %1; продолжите, чтобы проверить работоспособность и записать обновление</translation>
    </message>
    <message>
        <source>the switch</source>
        <translation>переключение</translation>
    </message>
    <message>
        <source>the health check “%1”</source>
        <translation>проверка работоспособности «%1»</translation>
    </message>
    <message>
        <source>Updated %1 from %2 to %3; downtime through nginx %4 ms.</source>
        <translation>%1 обновлён с %2 до %3; перерыв через nginx — %4 мс.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Rolling back %1 from %2 to %3%4.</source>
        <translation>Откат %1 с %2 на %3%4.</translation>
    </message>
    <message>
        <source>, with the database from the backup of %1</source>
        <translation> с базой данных из резервной копии от %1</translation>
    </message>
    <message>
        <source>Rolled back %1 to %2; database restored from the backup of %3.</source>
        <translation>%1 откачен к %2; база данных восстановлена из резервной копии от %3.</translation>
    </message>
    <message>
        <source>Rolled back %1 to %2.</source>
        <translation>%1 откачен к %2.</translation>
    </message>
</context>
<context>
    <name>UpdateSchedule</name>
    <message>
        <source>the scheduled updates in %1 cannot be read: %2</source>
        <translation>запланированные обновления в %1 не читаются: %2</translation>
    </message>
    <message>
        <source>the scheduled updates in %1 are damaged (%2); they are not applied — schedule them again</source>
        <translation>запланированные обновления в %1 повреждены (%2) и не будут применены — запланируйте их снова</translation>
    </message>
    <message>
        <source>the scheduled updates cannot be saved in %1: %2 — they are applied only if KKT Deploy stays open</source>
        <translation>запланированные обновления не удаётся сохранить в %1: %2 — они будут применены, только если KKT Deploy останется открытым</translation>
    </message>
    <message>
        <source>The update of %1 to %2 scheduled for %3 was not applied: KKT Deploy was not running then. The release stays staged on the server and the instance is unchanged — review the update to apply it now or schedule it again.</source>
        <translation>Обновление %1 до %2, запланированное на %3, не применено: KKT Deploy в это время не был запущен. Релиз остаётся подготовленным на сервере, экземпляр не изменён — откройте обзор обновления, чтобы применить его сейчас или запланировать снова.</translation>
    </message>
</context>
<context>
    <name>UpdateWorker</name>
    <message>
        <source>Cancelled before anything was changed.</source>
        <translation>Отменено до каких-либо изменений.</translation>
    </message>
</context>
<context>
    <name>UpdatesModel</name>
    <message>
        <source>not checked</source>
        <translation>не проверен</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>проверка…</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>актуален</translation>
    </message>
    <message>
        <source>update available</source>
        <translation>есть обновление</translation>
    </message>
    <message>
        <source>cannot be updated</source>
        <translation>обновление невозможно</translation>
    </message>
    <message>
        <source>check failed</source>
        <translation>проверка не удалась</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>обновление…</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>обновлён</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>откачен</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>rolling back…</source>
        <translation>откат…</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записан</translation>
    </message>
    <message>
        <source>scheduled for %1</source>
        <translation>запланировано на %1</translation>
    </message>
    <message>
        <source>Critical: may be applied without approving each instance, by a staff action that states why</source>
        <translation>Критическое: можно применить без одобрения для каждого экземпляра — действием сотрудника с указанием причины</translation>
    </message>
    <message>
        <source>Needs approval for each instance</source>
        <translation>Требует одобрения для каждого экземпляра</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Экземпляр</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Текущая версия</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступна</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Rolled back to %1.</source>
        <translation>Откачено до %1.</translation>
    </message>
    <message>
        <source>Updated to %1.</source>
        <translation>Обновлено до %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>UpdatesTab</name>
    <message>
        <source>&amp;Check all</source>
        <translation>&amp;Проверить все</translation>
    </message>
    <message>
        <source>Reads the version on every instance’s server and compares it with the release list</source>
        <translation>Читает версию на сервере каждого экземпляра и сравнивает её со списком релизов</translation>
    </message>
    <message>
        <source>Re&amp;load instances</source>
        <translation>П&amp;ерезагрузить экземпляры</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Re&amp;view update…</source>
        <translation>Пр&amp;оверить обновление…</translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation>От&amp;катить…</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) listed.</source>
        <translation><numerusform>В списке %n релиз.</numerusform><numerusform>В списке %n релиза.</numerusform><numerusform>В списке %n релизов.</numerusform></translation>
    </message>
    <message>
        <source>Reading the version on each server…</source>
        <translation>Чтение версии на каждом сервере…</translation>
    </message>
    <message numerus="yes">
        <source>— Checking %n instance(s) for updates —</source>
        <translation><numerusform>— Проверка обновлений для %n экземпляра —</numerusform><numerusform>— Проверка обновлений для %n экземпляров —</numerusform><numerusform>— Проверка обновлений для %n экземпляров —</numerusform></translation>
    </message>
    <message>
        <source>Reading the release list…</source>
        <translation>Чтение списка релизов…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>Check finished.</source>
        <translation>Проверка завершена.</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) available</source>
        <translation><numerusform>%n обновление доступно</numerusform><numerusform>%n обновления доступны</numerusform><numerusform>%n обновлений доступно</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) could not be checked</source>
        <translation><numerusform>%n экземпляр не удалось проверить</numerusform><numerusform>%n экземпляра не удалось проверить</numerusform><numerusform>%n экземпляров не удалось проверить</numerusform></translation>
    </message>
    <message>
        <source>— Update of %1 from %2 to %3 —</source>
        <translation>— Обновление %1 с %2 до %3 —</translation>
    </message>
    <message>
        <source>Fetching release %1…</source>
        <translation>Загрузка релиза %1…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed on the server.</source>
        <translation>Отменено: на сервере ничего не изменено.</translation>
    </message>
    <message>
        <source>The release could not be fetched: %1</source>
        <translation>Не удалось загрузить релиз: %1</translation>
    </message>
    <message>
        <source>Release %1 fetched and verified: %2</source>
        <translation>Релиз %1 загружен и проверен: %2</translation>
    </message>
    <message>
        <source>Staging release %1 beside the running one…</source>
        <translation>Подготовка релиза %1 рядом с работающим…</translation>
    </message>
    <message>
        <source>— Scheduled update of %1 to %2 —</source>
        <translation>— Запланированное обновление %1 до %2 —</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Quit KKT Deploy</source>
        <translation>Выход из KKT Deploy</translation>
    </message>
    <message>
        <source>An update check, update or roll back is running. Wait for it to end, or cancel it in the Updates tab, then quit.</source>
        <translation>Идёт проверка обновлений, обновление или откат. Дождитесь окончания или отмените его на вкладке «Обновления», затем выйдите.</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>Откат %1</translation>
    </message>
    <message numerus="yes">
        <source>Return %1 (now %2) to the release it ran before its last update? When that update migrated the database, the database is restored from the backup taken before it, and what was written since is lost. Roll back is possible for %n day(s) after an update.</source>
        <translation><numerusform>Вернуть %1 (сейчас %2) к релизу, который работал до последнего обновления? Если то обновление меняло базу данных, база восстанавливается из резервной копии, сделанной перед ним, и записанное с тех пор теряется. Откат возможен в течение %n дня после обновления.</numerusform><numerusform>Вернуть %1 (сейчас %2) к релизу, который работал до последнего обновления? Если то обновление меняло базу данных, база восстанавливается из резервной копии, сделанной перед ним, и записанное с тех пор теряется. Откат возможен в течение %n дней после обновления.</numerusform><numerusform>Вернуть %1 (сейчас %2) к релизу, который работал до последнего обновления? Если то обновление меняло базу данных, база восстанавливается из резервной копии, сделанной перед ним, и записанное с тех пор теряется. Откат возможен в течение %n дней после обновления.</numerusform></translation>
    </message>
    <message>
        <source>— Roll back of %1 —</source>
        <translation>— Откат %1 —</translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation>✘ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation><numerusform>%n экземпляр</numerusform><numerusform>%n экземпляра</numerusform><numerusform>%n экземпляров</numerusform></translation>
    </message>
    <message>
        <source>%1: the update to %2 scheduled for %3 is picked up again.</source>
        <translation>%1: обновление до %2, запланированное на %3, снова ожидает своего времени.</translation>
    </message>
    <message>
        <source>The update of %1 to %2 scheduled for now was not applied: the instance is not in the registry any more.</source>
        <translation>Обновление %1 до %2, запланированное на это время, не применено: экземпляра больше нет в реестре.</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled update(s) are applied only while KKT Deploy runs. The schedule is kept: opened again before their time, KKT Deploy applies them then; if it is not running at their time, they are not applied, and the next start says so. What is staged stays on the servers, and nothing of the running instances has changed.

Quit anyway?</source>
        <translation><numerusform>%n запланированное обновление применяется, только пока KKT Deploy запущен. Расписание сохраняется: если открыть KKT Deploy снова до назначенного времени, он применит обновление в срок; если в это время он не запущен, обновление не применяется, и при следующем запуске об этом будет сказано. Подготовленное остаётся на серверах, работающие экземпляры не изменены.

Всё равно выйти?</numerusform><numerusform>%n запланированных обновления применяются, только пока KKT Deploy запущен. Расписание сохраняется: если открыть KKT Deploy снова до назначенного времени, он применит обновления в срок; если в это время он не запущен, обновления не применяются, и при следующем запуске об этом будет сказано. Подготовленное остаётся на серверах, работающие экземпляры не изменены.

Всё равно выйти?</numerusform><numerusform>%n запланированных обновлений применяются, только пока KKT Deploy запущен. Расписание сохраняется: если открыть KKT Deploy снова до назначенного времени, он применит обновления в срок; если в это время он не запущен, обновления не применяются, и при следующем запуске об этом будет сказано. Подготовленное остаётся на серверах, работающие экземпляры не изменены.

Всё равно выйти?</numerusform></translation>
    </message>
    <message>
        <source>KKT Deploy applies it at %1 and must be running then: the schedule is kept if you close it and picked up when you open it again, but an update whose time comes while KKT Deploy is closed is not applied.</source>
        <translation>KKT Deploy применит его в %1 и должен быть запущен в это время: при закрытии расписание сохраняется и подхватывается при следующем запуске, но обновление, время которого наступит при закрытом KKT Deploy, не применяется.</translation>
    </message>
    <message>
        <source>Update &amp;fleet…</source>
        <translation>Обновить па&amp;рк…</translation>
    </message>
    <message>
        <source>Update every checked instance in waves: a canary, a share, the rest</source>
        <translation>Обновить все проверенные экземпляры волнами: пробный, часть, остальные</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>check a deployment configuration file and list every problem</source>
        <translation>проверить файл конфигурации развёртывания и перечислить все ошибки</translation>
    </message>
    <message>
        <source>the latest release</source>
        <translation>последний релиз</translation>
    </message>
    <message>
        <source>release %1</source>
        <translation>релиз %1</translation>
    </message>
    <message>
        <source>local file %1</source>
        <translation>локальный файл %1</translation>
    </message>
    <message>
        <source>production</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>test</source>
        <translation>тестовый</translation>
    </message>
    <message>
        <source>Configuration is valid.</source>
        <translation>Конфигурация корректна.</translation>
    </message>
    <message>
        <source>Mode:          %1</source>
        <translation>Режим:         %1</translation>
    </message>
    <message>
        <source>Server:        %1@%2, port %3, login by %4</source>
        <translation>Сервер:        %1@%2, порт %3, вход: %4</translation>
    </message>
    <message>
        <source>Domain:        %1</source>
        <translation>Домен:         %1</translation>
    </message>
    <message>
        <source>Administrator: %1 &lt;%2&gt;, %3, %4</source>
        <translation>Администратор: %1 &lt;%2&gt;, %3, %4</translation>
    </message>
    <message>
        <source>Telegram IDs:  %1</source>
        <translation>ID Telegram:   %1</translation>
    </message>
    <message>
        <source>Notifications: %1 %2, alerts %3 days before</source>
        <translation>Уведомления:   %1 %2, за %3 дн. до срока</translation>
    </message>
    <message numerus="yes">
        <source>Backups:       %1, kept %n day(s)</source>
        <translation>
            <numerusform>Резервные копии: %1, хранятся %n день</numerusform>
            <numerusform>Резервные копии: %1, хранятся %n дня</numerusform>
            <numerusform>Резервные копии: %1, хранятся %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Release:       %1</source>
        <translation>Релиз:        %1</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>вывести результат в формате JSON</translation>
    </message>
    <message>
        <source>the configuration file (JSON)</source>
        <translation>файл конфигурации (JSON)</translation>
    </message>
    <message>
        <source>validate: give exactly one configuration file — kkt-deploy validate CONFIG.json</source>
        <translation>validate: укажите ровно один файл конфигурации — kkt-deploy validate CONFIG.json</translation>
    </message>
    <message>
        <source>validate: %1</source>
        <translation>validate: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1</source>
        <translation>
            <numerusform>в %1 найдена %n ошибка</numerusform>
            <numerusform>в %1 найдено %n ошибки</numerusform>
            <numerusform>в %1 найдено %n ошибок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebSecurityPage</name>
    <message>
        <source>Web server and security</source>
        <translation>Веб-сервер и безопасность</translation>
    </message>
    <message>
        <source>How the site is served (HTTPS), whether the server’s firewall is managed, and which application payload is deployed.</source>
        <translation>Как сайт обслуживается (HTTPS), настраивается ли межсетевой экран сервера и какое приложение развёртывается.</translation>
    </message>
    <message>
        <source>HTTPS certificate</source>
        <translation>Сертификат HTTPS</translation>
    </message>
    <message>
        <source>&amp;Let’s Encrypt: a free certificate, issued and renewed automatically</source>
        <translation>Let’s Encrypt: &amp;бесплатный сертификат, выдаётся и продлевается автоматически</translation>
    </message>
    <message>
        <source>An e&amp;xisting certificate from this computer, uploaded to the server</source>
        <translation>&amp;Имеющийся сертификат с этого компьютера, он будет загружен на сервер</translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation>Ф&amp;айл сертификата:</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>Файл закрытого &amp;ключа:</translation>
    </message>
    <message>
        <source>No TLS: plain HTTP, &amp;unencrypted</source>
        <translation>Без TLS: обычный HTTP, не&amp;шифрованный</translation>
    </message>
    <message>
        <source>I under&amp;stand that a production site without TLS sends passwords in the clear</source>
        <translation>Я &amp;понимаю, что рабочий сайт без TLS передаёт пароли открытым текстом</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Межсетевой экран</translation>
    </message>
    <message>
        <source>&amp;Manage the firewall: ufw allows the SSH port, 80 and 443, and nothing else</source>
        <translation>&amp;Управлять межсетевым экраном: ufw разрешает порт SSH, 80 и 443 и ничего больше</translation>
    </message>
    <message>
        <source>Lea&amp;ve the server’s firewall as it is</source>
        <translation>&amp;Оставить межсетевой экран сервера как есть</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Pa&amp;yload profile:</source>
        <translation>Про&amp;филь приложения:</translation>
    </message>
    <message>
        <source>built-in: KKT 1.0</source>
        <translation>встроенный: KKT 1.0</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Leave it empty for the KKT 1.0 application; a profile file describes another release’s packages, services and health checks.</source>
        <translation>Оставьте пустым для приложения KKT 1.0; файл профиля описывает пакеты, службы и проверки работоспособности другого релиза.</translation>
    </message>
    <message>
        <source>Choose a payload profile</source>
        <translation>Выберите профиль приложения</translation>
    </message>
    <message>
        <source>Payload profiles (*.json);;All files (*)</source>
        <translation>Профили приложения (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Файл сертификата</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Файл закрытого ключа</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Payload profile</source>
        <translation>Профиль приложения</translation>
    </message>
    <message>
        <source>Where the test instance is served</source>
        <translation>Где работает тестовый экземпляр</translation>
    </message>
    <message>
        <source>Under &amp;/test/ on production’s site: a location in a file the test instance owns, production’s certificate, no site of its own</source>
        <translation>По пути &amp;/test/ на сайте рабочего экземпляра: location в файле тестового экземпляра, сертификат рабочего, без собственного сайта</translation>
    </message>
    <message>
        <source>On the &amp;subdomain test.&lt;domain&gt;: a site and a certificate of its own (DNS must point there)</source>
        <translation>На &amp;поддомене test.&lt;домен&gt;: собственный сайт и сертификат (DNS должен указывать на сервер)</translation>
    </message>
    <message>
        <source>With /test/ the HTTPS choice above must say how production is served; no certificate is requested or changed. The firewall of a server that already runs an instance is always left as it is.</source>
        <translation>При /test/ выбор HTTPS выше должен соответствовать тому, как обслуживается рабочий экземпляр; сертификат не запрашивается и не меняется. Межсетевой экран сервера, на котором уже работает экземпляр, всегда остаётся как есть.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>KKT Deploy puts a complete KKT stack — web application, Telegram bot and PostgreSQL database — on a fresh server of the client’s own.</source>
        <translation>KKT Deploy ставит полный стек KKT — веб-приложение, Telegram-бот и базу PostgreSQL — на новый сервер клиента.</translation>
    </message>
    <message>
        <source>The wizard collects what a deployment needs: the server, the administrator, the Telegram bot and the system settings. Every value is checked as you type.</source>
        <translation>Мастер собирает всё, что нужно для развёртывания: сервер, администратора, Telegram-бота и системные настройки. Каждое значение проверяется по мере ввода.</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Развёртывание</translation>
    </message>
    <message>
        <source>&amp;Production deployment — a new client instance on a server of its own</source>
        <translation>Р&amp;абочее развёртывание — новый экземпляр клиента на отдельном сервере</translation>
    </message>
    <message>
        <source>&amp;Test deployment — a test instance next to production on the master server (staff only)</source>
        <translation>&amp;Тестовое развёртывание — тестовый экземпляр рядом с рабочим на главном сервере (только для сотрудников)</translation>
    </message>
    <message>
        <source>Saved configuration</source>
        <translation>Сохранённая конфигурация</translation>
    </message>
    <message>
        <source>Fill the wizard from a configuration saved earlier. Secrets are never saved in it: enter the bot token and passwords again.</source>
        <translation>Заполните мастер из сохранённой ранее конфигурации. Секреты в ней не хранятся: введите токен бота и пароли заново.</translation>
    </message>
    <message>
        <source>&amp;Load configuration…</source>
        <translation>&amp;Загрузить конфигурацию…</translation>
    </message>
    <message>
        <source>Unfinished deployment</source>
        <translation>Незавершённое развёртывание</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>завершилось ошибкой</translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>не завершилось</translation>
    </message>
    <message>
        <source>Deployment %1 to %2 (instance %3), started %4, %5. Resume it: its configuration is loaded, you enter the secrets again on their pages, and it continues at the first step not done.</source>
        <translation>Развёртывание %1 на %2 (экземпляр %3), начатое %4, %5. Продолжите его: конфигурация будет загружена, секреты вы введёте заново на их страницах, и оно продолжится с первого невыполненного шага.</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>ещё не создан</translation>
    </message>
    <message>
        <source>Res&amp;ume this deployment…</source>
        <translation>&amp;Продолжить это развёртывание…</translation>
    </message>
    <message>
        <source>was stopped</source>
        <translation>было остановлено</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Р&amp;оль:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Re&amp;gistry settings…</source>
        <translation>Настро&amp;йки реестра…</translation>
    </message>
    <message>
        <source>Sign-in cancelled; nothing was stored.</source>
        <translation>Вход отменён; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Central registry %1. Sign in with your own PostgreSQL role; the password is kept in the keychain.</source>
        <translation>Центральный реестр %1. Войдите под своей ролью PostgreSQL; пароль хранится в хранилище паролей.</translation>
    </message>
    <message>
        <source>Embedded registry on this computer (%1). Registry settings… chooses the central registry.</source>
        <translation>Встроенный реестр на этом компьютере (%1). Центральный реестр выбирается в «Настройки реестра…».</translation>
    </message>
    <message>
        <source>Role: empty — enter your own PostgreSQL role (ask the registry’s administrator)</source>
        <translation>Роль: не заполнена — введите свою роль PostgreSQL (её выдаёт администратор реестра)</translation>
    </message>
    <message>
        <source>Password: empty — enter the PostgreSQL password of role “%1”</source>
        <translation>Пароль: не заполнен — введите пароль PostgreSQL роли «%1»</translation>
    </message>
    <message>
        <source>Role: “%1” is not a valid role name — use a name without spaces, “@”, “:” or “/”</source>
        <translation>Роль: «%1» — недопустимое имя роли; используйте имя без пробелов, «@», «:» и «/»</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Вход в %1…</translation>
    </message>
    <message>
        <source>Signed in to %1 as “%2”; the password is stored in the keychain.</source>
        <translation>Выполнен вход в %1 как «%2»; пароль сохранён в хранилище паролей.</translation>
    </message>
    <message>
        <source>Deployment key</source>
        <translation>Ключ развёртывания</translation>
    </message>
    <message>
        <source>Paste the deployment key your support contact gave you: one line that starts with kkt1. It is all the wizard needs to reach the KKT registry, works once, until the date it was issued for, and records your instance there.</source>
        <translation>Вставьте ключ развёртывания, который вам выдала поддержка: одна строка, начинающаяся с kkt1. В нём всё, что нужно мастеру для подключения к реестру KKT; он действует один раз, до указанной при выдаче даты, и записывает ваш экземпляр в реестр.</translation>
    </message>
    <message>
        <source>Chec&amp;k key</source>
        <translation>Про&amp;верить ключ</translation>
    </message>
    <message>
        <source>The wizard collects what your deployment needs: your server, the administrator, the Telegram bot and the system settings. It starts with the deployment key.</source>
        <translation>Мастер собирает всё, что нужно для развёртывания: ваш сервер, администратора, Telegram-бота и системные настройки. Начните с ключа развёртывания.</translation>
    </message>
    <message>
        <source>Checking the key in the registry…</source>
        <translation>Проверка ключа в реестре…</translation>
    </message>
</context>
</TS>
