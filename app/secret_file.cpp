// Reads or creates data_dir/token_secret so that concurrent first starts agree on one secret.
#include "secret_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string_view>
#include <system_error>

#include <offertracker/adapters/system/owner_only_paths.hpp>

namespace offertracker::app {
namespace {

// Closes the descriptor on every path out, including exceptions.
class unique_fd {
public:
    explicit unique_fd(int fd) noexcept : fd_(fd) {}
    unique_fd(unique_fd const&) = delete;
    unique_fd& operator=(unique_fd const&) = delete;
    ~unique_fd() {
        if (fd_ >= 0) ::close(fd_);
    }
    [[nodiscard]] int get() const noexcept { return fd_; }
    // Closes now so that a failing close (which can report a lost write) is seen.
    int close() noexcept {
        int const rc = ::close(fd_);
        fd_ = -1;
        return rc;
    }

private:
    int fd_;
};

// Removes the temporary file unless it was handed over.
class temporary_file {
public:
    explicit temporary_file(std::string path) : path_(std::move(path)) {}
    temporary_file(temporary_file const&) = delete;
    temporary_file& operator=(temporary_file const&) = delete;
    ~temporary_file() { ::unlink(path_.c_str()); }
    [[nodiscard]] std::string const& path() const noexcept { return path_; }

private:
    std::string path_;
};

std::string describe_errno(int error) {
    return std::error_code(error, std::generic_category()).message();
}

std::string_view trim(std::string_view text) {
    auto const is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

// nullopt when the file does not exist; throws when it exists but is unusable.
std::optional<std::string> read_secret(std::filesystem::path const& path) {
    unique_fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        if (errno == ENOENT) return std::nullopt;
        throw secret_file_error("cannot open " + path.string() + ": " + describe_errno(errno));
    }
    // Checked on the open file, so a swap of the path after the check cannot slip a readable file in.
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0)
        throw secret_file_error("cannot inspect " + path.string() + ": " + describe_errno(errno));
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        char mode[8];
        std::snprintf(mode, sizeof mode, "%04o", static_cast<unsigned>(info.st_mode & 07777));
        throw secret_file_error(path.string() + " has mode " + mode +
                                ": users other than its owner may read or change the token secret and forge tokens. "
                                "Make it owner-only with: chmod 600 " + path.string());
    }
    std::string content;
    char buffer[4096];
    for (;;) {
        auto const n = ::read(fd.get(), buffer, sizeof buffer);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            throw secret_file_error("cannot read " + path.string() + ": " + describe_errno(errno));
        }
        content.append(buffer, static_cast<std::size_t>(n));
        if (content.size() > 64 * 1024) throw secret_file_error(path.string() + " is too large to be a token secret");
    }
    auto const secret = trim(content);
    if (secret.size() < minimum_secret_length) {
        throw secret_file_error(path.string() + " holds " + std::to_string(secret.size()) +
                                " characters; a token secret needs at least " +
                                std::to_string(minimum_secret_length) + ". Fix or delete the file.");
    }
    return std::string(secret);
}

void write_all(int fd, std::string_view data, std::string const& path) {
    while (!data.empty()) {
        auto const n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            throw secret_file_error("cannot write " + path + ": " + describe_errno(errno));
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
}

void write_and_sync(int fd, std::string_view data, std::string const& path) {
    write_all(fd, data, path);
    if (::fsync(fd) != 0) throw secret_file_error("cannot sync " + path + ": " + describe_errno(errno));
}

// Makes the new directory entry durable; failure only weakens crash safety, so it is ignored.
void sync_directory(std::filesystem::path const& dir) {
    unique_fd fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() >= 0) ::fsync(fd.get());
}

loaded_secret reread_after_race(std::filesystem::path const& path) {
    auto secret = read_secret(path);
    if (!secret) throw secret_file_error(path.string() + " appeared and vanished while starting; try again");
    return {std::move(*secret), path, false};
}

}  // namespace

loaded_secret load_or_create_secret(std::filesystem::path const& data_dir, std::function<std::string()> const& generator) {
    auto const path = data_dir / "token_secret";
    if (auto secret = read_secret(path)) return {std::move(*secret), path, false};

    std::error_code ec;
    adapters::system::create_owner_only_directories(data_dir, ec);
    if (ec) throw secret_file_error("cannot create " + data_dir.string() + ": " + ec.message());

    auto const generated = std::string(trim(generator()));
    if (generated.size() < minimum_secret_length) {
        throw secret_file_error("the secret generator returned fewer than " + std::to_string(minimum_secret_length) +
                                " characters");
    }
    auto const content = generated + "\n";

    // Written in full under a unique name, then published with link(): unlike rename, link never
    // replaces an existing file, so whoever links first wins and everyone else reads a complete file.
    std::string temp_path = (data_dir / ".token_secret.XXXXXX").string();
    unique_fd fd(::mkostemp(temp_path.data(), O_CLOEXEC));
    if (fd.get() < 0) throw secret_file_error("cannot create a file in " + data_dir.string() + ": " + describe_errno(errno));
    temporary_file temp(temp_path);
    if (::fchmod(fd.get(), S_IRUSR | S_IWUSR) != 0)
        throw secret_file_error("cannot restrict " + temp_path + ": " + describe_errno(errno));
    write_and_sync(fd.get(), content, temp_path);
    if (fd.close() != 0) throw secret_file_error("cannot write " + temp_path + ": " + describe_errno(errno));

    if (::link(temp.path().c_str(), path.c_str()) == 0) {
        sync_directory(data_dir);
        return {generated, path, true};
    }
    int const link_error = errno;
    if (link_error == EEXIST) return reread_after_race(path);
    if (link_error != EPERM && link_error != EOPNOTSUPP && link_error != ENOSYS) {
        throw secret_file_error("cannot create " + path.string() + ": " + describe_errno(link_error));
    }

    // Some file systems have no hard links. O_EXCL still lets exactly one process create the file,
    // though a loser may read it half-written; it then fails with "too short" and a restart fixes it.
    unique_fd direct(::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR));
    if (direct.get() < 0) {
        if (errno == EEXIST) return reread_after_race(path);
        throw secret_file_error("cannot create " + path.string() + ": " + describe_errno(errno));
    }
    write_and_sync(direct.get(), content, path.string());
    if (direct.close() != 0) throw secret_file_error("cannot write " + path.string() + ": " + describe_errno(errno));
    sync_directory(data_dir);
    return {generated, path, true};
}

}  // namespace offertracker::app
