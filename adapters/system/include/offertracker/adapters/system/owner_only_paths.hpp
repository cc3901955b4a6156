// Directories and files that only their owner may use (0700 / 0600), whatever the process umask.
#pragma once

#include <filesystem>
#include <system_error>

namespace offertracker::adapters::system {

// Creates dir and its missing parents (like mkdir -p), each new one with mode 0700; directories that
// already exist keep their mode (an operator may have chosen it). ec reports the first failure, such as a
// path component that is a file. Safe when several processes create the same directories at once.
void create_owner_only_directories(const std::filesystem::path& dir, std::error_code& ec);
// The same, throwing std::filesystem::filesystem_error.
void create_owner_only_directories(const std::filesystem::path& dir);

// Creates an empty file with mode 0600 unless something already exists at path (then it is left as it is),
// so a program that later opens it with laxer defaults (SQLite: 0644) finds it owner-only. Does not follow
// a symbolic link at path. Throws std::filesystem::filesystem_error.
void create_owner_only_file(const std::filesystem::path& path);

}  // namespace offertracker::adapters::system
