import type { Catalog } from '../catalog.ts';

/** What the station says about file transfer with a device (MTP, Windows portable devices, unreachable storage), in English. */
export default {
  'mtp-session-not-open.title': 'The device forgot the connection',
  'mtp-session-not-open.message': 'The device says no session is open. Unplug it, plug it back in and try again.',
  'mtp-invalid-transaction-id.title': 'The device lost track of the conversation',
  'mtp-invalid-transaction-id.message':
    'The device rejected a request number. Unplug it, plug it back in and try again.',
  'mtp-operation-not-supported.title': 'The device cannot do that',
  'mtp-operation-not-supported.message': 'The device does not offer this operation over USB.',
  'mtp-parameter-not-supported.title': 'The device cannot do that',
  'mtp-parameter-not-supported.message': 'The device does not accept this kind of request.',
  'mtp-incomplete-transfer.title': 'The copy did not finish',
  'mtp-incomplete-transfer.message': 'The device received only part of the file. Nothing was saved; try again.',
  'mtp-invalid-storage-id.title': 'That storage is gone',
  'mtp-invalid-storage-id.message': 'The device no longer shows this storage. Unlock the device and try again.',
  'mtp-invalid-object-handle.title': 'That file is gone',
  'mtp-invalid-object-handle.message':
    'The file or folder is no longer on the device. Refresh the folder and try again.',
  'mtp-device-prop-not-supported.title': 'The device does not report that',
  'mtp-device-prop-not-supported.message': 'The device does not offer this setting over USB.',
  'mtp-invalid-object-format.title': 'The device refused the file type',
  'mtp-invalid-object-format.message': 'The device does not accept files of this type.',
  'mtp-store-full.title': 'The device is full',
  'mtp-store-full.message':
    'There is not enough free space on the device for this file. Free some space and try again.',
  'mtp-object-write-protected.title': 'The file is protected',
  'mtp-object-write-protected.message': 'The device does not allow this file to be changed or deleted.',
  'mtp-store-read-only.title': 'The storage is read-only',
  'mtp-store-read-only.message': 'The device does not allow writing to this storage.',
  'mtp-access-denied.title': 'The device said no',
  'mtp-access-denied.message': 'The device refused access. Unlock the device and try again.',
  'mtp-partial-deletion.title': 'Only part was deleted',
  'mtp-partial-deletion.message': 'The device deleted some of the items but not all of them.',
  'mtp-store-not-available.title': 'The storage is not available',
  'mtp-store-not-available.message':
    'The device hides its storage right now. Unlock it or bring it to the setup page, then try again.',
  'mtp-no-valid-object-info.title': 'The device lost the file details',
  'mtp-no-valid-object-info.message': 'The device did not accept the file details before the copy. Try again.',
  'mtp-device-busy.title': 'The device is busy',
  'mtp-device-busy.message': 'The device kept saying it was busy. Wait a moment and try again.',
  'mtp-invalid-parent-object.title': 'That folder is gone',
  'mtp-invalid-parent-object.message': 'The destination folder is no longer on the device. Refresh and try again.',
  'mtp-invalid-parameter.title': 'The device refused the request',
  'mtp-invalid-parameter.message': 'The device rejected a value the station sent.',
  'mtp-session-already-open.title': 'Another program is using the device',
  'mtp-session-already-open.message':
    'The device already has an open connection. Close other programs that use it and try again.',
  'mtp-transaction-canceled.title': 'The device stopped the copy',
  'mtp-transaction-canceled.message': 'The device canceled the request. Try again.',
  'mtp-invalid-dataset.title': 'The device refused the file details',
  'mtp-invalid-dataset.message': 'The device did not accept the details the station sent.',
  'mtp-object-too-large.title': 'The file is too large for the device',
  'mtp-object-too-large.message': 'The device does not accept files this large.',
  'mtp-device-error.title': 'The device reported a problem',
  'mtp-device-error.message':
    'The device answered {{response}} ({{code}}) to {{operation}}. Try again; if it keeps happening, restart the device.',
  'mtp-protocol.title': 'The device sent something the station could not read',
  'mtp-protocol.message': 'The device sent a malformed reply ({{detail}}). Unplug it, plug it back in and try again.',
  'mtp-disconnected.title': 'The device was unplugged',
  'mtp-disconnected.opening':
    'The cable was unplugged while the station opened it. Nothing was saved; plug it back in and try again.',
  'mtp-timeout.opening':
    'The device did not answer while the station opened it. Unplug it, plug it back in and try again; restart the device if it keeps happening.',
  'mtp-stalled.opening':
    'The device stopped the transfer while the station opened it. Try again; unplug and reconnect the device if it keeps happening.',
  'mtp-disconnected.reconnecting':
    'The cable was unplugged while the station tried to reconnect. Nothing was saved; plug it back in and try again.',
  'mtp-timeout.reconnecting':
    'The device did not answer while the station tried to reconnect. Unplug it, plug it back in and try again; restart the device if it keeps happening.',
  'mtp-stalled.reconnecting':
    'The device stopped the transfer while the station tried to reconnect. Try again; unplug and reconnect the device if it keeps happening.',
  'mtp-disconnected.copy': 'The cable was unplugged during the copy. Nothing was saved; plug it back in and try again.',
  'mtp-timeout.copy':
    'The device did not answer during the copy. Unplug it, plug it back in and try again; restart the device if it keeps happening.',
  'mtp-stalled.copy':
    'The device stopped the transfer during the copy. Try again; unplug and reconnect the device if it keeps happening.',
  'mtp-disconnected.talking':
    'The cable was unplugged while the station was talking to it. Nothing was saved; plug it back in and try again.',
  'mtp-timeout.talking':
    'The device did not answer while the station was talking to it. Unplug it, plug it back in and try again; restart the device if it keeps happening.',
  'mtp-stalled.talking':
    'The device stopped the transfer while the station was talking to it. Try again; unplug and reconnect the device if it keeps happening.',
  'mtp-disconnected.earlier': 'The cable was unplugged earlier. Nothing was saved; plug it back in and try again.',
  'mtp-timeout.earlier':
    'The device did not answer earlier. Unplug it, plug it back in and try again; restart the device if it keeps happening.',
  'mtp-stalled.earlier':
    'The device stopped the transfer earlier. Try again; unplug and reconnect the device if it keeps happening.',
  'mtp-timeout.title': 'The device stopped answering',
  'mtp-stalled.title': 'The device refused the transfer',
  'mtp-canceled.title': 'Canceled',
  'mtp-canceled.message': 'The copy was canceled. Nothing was saved.',
  'mtp-session-broken.title': 'The connection to the device needs a restart',
  'mtp-session-broken.message':
    'An earlier problem left the connection in an unknown state. Unplug the device, plug it back in and try again.',
  'mtp-not-found.title': 'Not found on the device',
  'mtp-not-found.message': '"{{path}}" is not on the device.',
  'mtp-no-storage.title': 'The device shows no storage',
  'mtp-no-storage.message':
    'The device does not show its storage yet: unlock it, or bring it to the setup page, then try again.',
  'mtp-bad-path.title': 'That path cannot be used',
  'mtp-bad-path.message': '"{{path}}" cannot be used: {{why}}',
  'mtp-local-file.title': 'A file on this PC could not be used',
  'mtp-local-file.ENOENT': '"{{path}}" could not be used (it does not exist). Nothing was reported as done.',
  'mtp-local-file.EACCES': '"{{path}}" could not be used (the station may not use it). Nothing was reported as done.',
  'mtp-local-file.EPERM': '"{{path}}" could not be used (the station may not use it). Nothing was reported as done.',
  'mtp-local-file.ENOSPC': '"{{path}}" could not be used (the PC disk is full). Nothing was reported as done.',
  'mtp-local-file.EISDIR': '"{{path}}" could not be used (it is a folder). Nothing was reported as done.',
  'mtp-local-file.ENOTDIR':
    '"{{path}}" could not be used (a part of the path is not a folder). Nothing was reported as done.',
  'mtp-local-file.other': '"{{path}}" could not be used ({{reason}}). Nothing was reported as done.',
  'mtp-verify-failed.title': 'The copy on the device does not match',
  'mtp-verify-failed.message':
    'Reading the file back gave different contents (expected SHA-256 {{expected}}…, got {{actual}}…). The copy was removed; try again.',
  'why.fileNotFolder': 'It is a file, not a folder.',
  'why.notAFile': 'It is a folder or a storage, not a file.',
  'why.wholeStorage': 'A whole storage cannot be deleted.',
  'mtp-file-too-large.title': 'The file is too large to copy',
  'mtp-file-too-large.message': '"{{path}}" is 4 GB or larger, which this copy method cannot send. Use a smaller file.',
  'mtp-exists.title': 'Already on the device',
  'mtp-exists.message': '"{{path}}" already exists on the device.',
  noRoom: 'The file needs {{needed, bytes}} but the device has {{free, bytes}} free. Free some space and try again.',
  'why.dots': '"." and ".." are not allowed.',
  'why.nameStorage': 'Name a storage, like "Internal Storage".',
  'mtp-local-file-changed.title': 'The file changed during the copy',
  'mtp-local-file-changed.message':
    '"{{path}}" got shorter while it was being copied. Nothing was reported as done; try again.',
  partial: 'The device sent {{bytes, number}} of {{size, number}} bytes. Nothing was saved; try again.',
  'mtp-wait-timeout.title': 'It did not appear in time',
  'mtp-wait-timeout.message': '"{{path}}" did not appear on the device in time.',
  notOffered: 'The device does not offer {{operation}} over USB.',
  'mtp-name-too-long.title': 'The name is too long',
  'mtp-name-too-long.message': '"{{name}}…" has more than 254 characters, which MTP cannot carry. Use a shorter name.',
  'usb-timeout': 'The device did not answer in time',
  'usb-stall': 'The device refused the transfer',
  'usb-disconnected': 'The device was unplugged',
  'usb-closed': 'The connection to the device was closed',
  'usb-unsupported': 'This USB connection cannot do that',
  'usb-io': 'The USB transfer failed',
  'mtp-closed.title': 'The connection is closed',
  'mtp-closed.byStation': 'The station already closed this connection.',
  'mtp-closed.message': 'The connection to the device was closed.',
  usbFailed: '{{detail}} Unplug and reconnect the device.',
  'fallback.byHand':
    "Without storage access: copy the file by hand in the computer's file manager into the device's Internal Storage (the station tells you where), then carry on in the wizard.",
  'fallback.driveOrHand':
    "Without storage access: put the package on a USB drive (holobench ppkg kit, or Packages > USB drive kit) and plug it into the HoloLens 2, or copy the file by hand in the computer's file manager into the device's Internal Storage (the station tells you where), then carry on in the wizard.",
  'unreachable.windows-driver.why':
    "Windows' own portable-device (MTP) driver owns the device's file transfer, and the station's Windows helper could not reach it through that driver.",
  'unreachable.windows-driver.fix':
    'Unplug and replug the cable, unlock the device, and check that it appears under This PC in File Explorer.',
  'unreachable.other-program.why':
    "Another program holds the device's file transfer (a file manager through gvfs or kio-mtp, or a libmtp tool).",
  'unreachable.other-program.whyNamed': "Another program holds the device's file transfer ({{named}}).",
  'unreachable.other-program.fix':
    'Unmount the device in the file manager or close that program, or let the station take it over (the "take over devices" setting, or --take-over on the command line).',
  'unreachable.ptpcamerad.why': "macOS' camera service ({{named}}) grabbed the device when it was plugged in.",
  'unreachable.ptpcamerad.fix':
    'Quit Photos, Image Capture and similar apps, set Image Capture to open "No application" for this device, then replug it.',
  'unreachable.no-permission.why': 'The system does not let this user open the USB device.',
  'unreachable.no-permission.fix':
    'On Linux, install the udev rule from resources/linux/60-holobench.rules (see the README) and replug the device.',
  'unreachable.title': 'Storage not reachable',
  'wpd.moment.opening': 'while opening the device',
  'wpd.moment.battery': 'while reading the battery',
  'wpd.moment.storage': 'while listing its storage',
  'wpd.moment.replacing': 'while replacing',
  'wpd.moment.deleting': 'while deleting',
  'wpd.moment.removing': 'while removing a bad copy',
  'wpd.moment.canceling': 'while canceling',
  'wpd.moment.copyFrom': 'during the copy from the device',
  'wpd.moment.copyTo': 'during the copy to the device',
  'wpd.moment.folder': 'while listing a folder',
  'wpd.when': 'It happened {{moment}}.',
  'wpd.full': 'The device has no room left. Make room on it and try again.',
  'wpd.notFound': 'It is no longer on the device ({{detail}}).',
  'wpd.localFile': '{{detail}} Nothing was reported as done.',
  'wpd.problem': 'Windows reported a problem: {{detail}}.',
  'wpd.ambiguous.title': 'Cannot tell which storage is this device',
  'wpd.ambiguous.message_one':
    'Windows lists {{count}} device that could be this one ({{names}}) and neither serial nor port tells them apart. Plug in one at a time.',
  'wpd.ambiguous.message_other':
    'Windows lists {{count}} devices that could be this one ({{names}}) and neither serial nor port tells them apart. Plug in one at a time.',
  'wpd.helper': 'Windows storage helper',
  'wpd.unavailable.title': 'The Windows storage helper is not running',
  'wpd.unavailable.message':
    "The station's helper for Windows portable devices could not run ({{detail}}). Reinstall HoloBench; if it keeps happening, send a doctor report.",
} as const satisfies Catalog;
