// Local file storage with POSIX calls, because atomic replacement needs fsync and rename, which
// std::filesystem does not expose together.
#include <offertracker/adapters/storage/local_file_storage.hpp>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <offertracker/adapters/system/owner_only_paths.hpp>
#include <offertracker/ports/storage_error.hpp>

namespace offertracker::adapters::storage {
namespace {

// Versioned so a later format can still read files written today.
constexpr std::string_view header_prefix = "offertracker-file/1 ";

bool is_key_char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '-';
}

void validate_key(std::string_view key) {
    if (key.empty() || key.size() > local_file_storage::max_key_size) {
        throw std::invalid_argument("file storage key: empty or too long");
    }
    std::size_t start = 0;
    while (true) {
        const std::size_t end = std::min(key.find('/', start), key.size());
        const std::string_view segment = key.substr(start, end - start);
        // An empty segment also catches a leading '/' (absolute path) and a trailing '/'.
        if (segment.empty() || segment == "." || segment == ".." ||
            segment.size() > local_file_storage::max_segment_size) {
            throw std::invalid_argument("file storage key: empty, '.', '..' or overlong segment");
        }
        for (const char c : segment) {
            if (!is_key_char(c)) {
                throw std::invalid_argument("file storage key: character outside [A-Za-z0-9._-]");
            }
        }
        if (end == key.size()) {
            return;
        }
        start = end + 1;
    }
}

void validate_content_type(std::string_view content_type) {
    if (content_type.size() > local_file_storage::max_content_type_size) {
        throw std::invalid_argument("file storage content type: too long");
    }
    for (const char c : content_type) {
        // Printable ASCII only: the header is one line, so CR and LF must never appear in it.
        if (c < 0x20 || c > 0x7E) {
            throw std::invalid_argument("file storage content type: not printable ASCII");
        }
    }
}

[[noreturn]] void fail(const std::string& what, std::string_view key, int error) {
    throw ports::storage_error("file storage: " + what + " '" + std::string(key) +
                               "': " + std::generic_category().message(error));
}

// Closes the descriptor on every path out of a function.
class file_descriptor {
public:
    explicit file_descriptor(int fd) noexcept : fd_(fd) {}
    file_descriptor(const file_descriptor&) = delete;
    file_descriptor& operator=(const file_descriptor&) = delete;
    ~file_descriptor() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    int get() const noexcept { return fd_; }
    // Closing can report a delayed write error, so the write path closes explicitly and checks.
    int close() noexcept {
        const int rc = ::close(fd_);
        fd_ = -1;
        return rc;
    }

private:
    int fd_;
};

// Returns 0 or an errno value.
int write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return errno;
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return 0;
}

// Makes a rename in directory durable; some file systems refuse fsync on directories, which is harmless.
int sync_directory(const std::filesystem::path& directory) {
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return errno;
    }
    file_descriptor guard(fd);
    if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) {
        return errno;
    }
    return 0;
}

// Unique within the process by the counter and across processes by the pid. The '~' makes it a name
// no valid key can have, so a temporary file never shadows or is mistaken for a stored one.
std::filesystem::path temporary_path_for(const std::filesystem::path& target) {
    static std::atomic<unsigned long long> counter{0};
    std::string name = "." + target.filename().string() + ".~tmp." + std::to_string(::getpid()) + "." +
                       std::to_string(counter.fetch_add(1, std::memory_order_relaxed));
    return target.parent_path() / name;
}

}  // namespace

local_file_storage::local_file_storage(std::filesystem::path root) {
    std::error_code ec;
    system::create_owner_only_directories(root, ec);
    if (ec) {
        throw ports::storage_error("file storage: cannot create root directory '" + root.string() +
                                   "': " + ec.message());
    }
    root_ = std::filesystem::absolute(root, ec);
    if (ec || !std::filesystem::is_directory(root_, ec)) {
        throw ports::storage_error("file storage: root is not a directory: '" + root.string() + "'");
    }
}

std::filesystem::path local_file_storage::path_of(std::string_view key) const {
    validate_key(key);
    return root_ / std::filesystem::path(std::string(key));
}

void local_file_storage::put(std::string_view key, std::string_view content, std::string_view content_type) {
    const std::filesystem::path target = path_of(key);
    validate_content_type(content_type);

    const std::filesystem::path directory = target.parent_path();
    std::error_code ec;
    system::create_owner_only_directories(directory, ec);
    if (ec) {
        fail("cannot create the directory of", key, ec.value());
    }

    const std::filesystem::path temporary = temporary_path_for(target);
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        fail("cannot create a temporary file for", key, errno);
    }
    file_descriptor file(fd);
    // From here every failure must remove the temporary file before reporting.
    const auto abandon = [&](const std::string& what, int error) {
        if (file.get() >= 0) {
            file.close();
        }
        ::unlink(temporary.c_str());
        fail(what, key, error);
    };

    std::string header(header_prefix);
    header += content_type;
    header += '\n';
    if (const int error = write_all(fd, header); error != 0) {
        abandon("cannot write", error);
    }
    if (const int error = write_all(fd, content); error != 0) {
        abandon("cannot write", error);
    }
    // fsync before rename: otherwise a crash can leave the new name pointing at an empty file.
    if (::fsync(fd) != 0) {
        abandon("cannot flush", errno);
    }
    if (file.close() != 0) {
        abandon("cannot close", errno);
    }
    if (::rename(temporary.c_str(), target.c_str()) != 0) {
        abandon("cannot replace", errno);
    }
    if (const int error = sync_directory(directory); error != 0) {
        fail("cannot flush the directory of", key, error);
    }
}

std::optional<ports::stored_file> local_file_storage::get(std::string_view key) {
    const std::filesystem::path path = path_of(key);
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        // ENOTDIR: a segment of the key is a file, so nothing can be stored under it.
        if (errno == ENOENT || errno == ENOTDIR) {
            return std::nullopt;
        }
        fail("cannot open", key, errno);
    }
    file_descriptor file(fd);
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        fail("cannot inspect", key, errno);
    }
    if (S_ISDIR(info.st_mode)) {
        return std::nullopt;
    }
    if (!S_ISREG(info.st_mode)) {
        throw ports::storage_error("file storage: not a regular file '" + std::string(key) + "'");
    }

    std::string data;
    data.reserve(static_cast<std::size_t>(info.st_size));
    char buffer[65536];
    while (true) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail("cannot read", key, errno);
        }
        if (n == 0) {
            break;
        }
        data.append(buffer, static_cast<std::size_t>(n));
    }

    const std::size_t newline = data.find('\n');
    if (!std::string_view(data).starts_with(header_prefix) || newline == std::string::npos) {
        throw ports::storage_error("file storage: corrupt file (no header) '" + std::string(key) + "'");
    }
    ports::stored_file stored;
    stored.content_type = data.substr(header_prefix.size(), newline - header_prefix.size());
    data.erase(0, newline + 1);
    stored.content = std::move(data);
    return stored;
}

void local_file_storage::remove(std::string_view key) {
    const std::filesystem::path path = path_of(key);
    if (::unlink(path.c_str()) != 0) {
        // Absent, or a directory of other keys (Linux: EISDIR, POSIX: EPERM) — no file under this key.
        if (errno == ENOENT || errno == ENOTDIR || errno == EISDIR) {
            return;
        }
        if (errno == EPERM) {
            struct stat info {};
            if (::lstat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
                return;
            }
            errno = EPERM;
        }
        fail("cannot remove", key, errno);
    }
}

}  // namespace offertracker::adapters::storage
