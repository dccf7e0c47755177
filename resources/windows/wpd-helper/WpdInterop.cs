// HoloBench Windows storage helper: our own declarations of the Windows Portable Devices COM interfaces (in the
// order of their vtables in PortableDeviceApi.h / PortableDeviceTypes.h), so the helper needs no interop assembly
// and compiles with the C# compiler of any .NET Framework 4.x (and with mono's mcs in CI). Methods the helper
// never calls keep their slot with simplified parameters.
using System;
using System.Runtime.InteropServices;
using System.Text;
using IStream = System.Runtime.InteropServices.ComTypes.IStream;

namespace HoloBench.Wpd
{
    [StructLayout(LayoutKind.Sequential)]
    internal struct PropertyKey
    {
        public Guid Fmtid;
        public uint Pid;

        public PropertyKey(string fmtid, uint pid)
        {
            Fmtid = new Guid(fmtid);
            Pid = pid;
        }
    }

    /// <summary>PROPVARIANT: 16 bytes on 32-bit Windows, 24 on 64-bit; the extra field keeps room for both.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 24)]
    internal struct PropVariant
    {
        [FieldOffset(0)] public ushort Vt;
        [FieldOffset(8)] public long Int64;
        [FieldOffset(8)] public double Double;
        [FieldOffset(8)] public IntPtr Pointer;
    }

    internal static class Keys
    {
        private const string Object = "EF6B490D-5CD8-437A-AFFC-DA8B60EE4A3C";
        private const string Storage = "01A3057A-74D6-4E80-BEA7-DC4C212CE50A";
        private const string Device = "26D4979A-E643-4626-9E2B-736DC0C92FDC";
        private const string Client = "204D9F0C-2292-4080-9F42-40664E70F859";
        private const string EventParameter = "15AB1953-F817-4FEF-A921-5676E838F6E0";

        public static readonly PropertyKey ObjectId = new PropertyKey(Object, 2);
        public static readonly PropertyKey ParentId = new PropertyKey(Object, 3);
        public static readonly PropertyKey Name = new PropertyKey(Object, 4);
        public static readonly PropertyKey Format = new PropertyKey(Object, 6);
        public static readonly PropertyKey ContentType = new PropertyKey(Object, 7);
        public static readonly PropertyKey Size = new PropertyKey(Object, 11);
        public static readonly PropertyKey OriginalFileName = new PropertyKey(Object, 12);
        public static readonly PropertyKey DateModified = new PropertyKey(Object, 19);
        public static readonly PropertyKey FunctionalCategory = new PropertyKey("8F052D93-ABCA-4FC5-A5AC-B01DF4DBE598", 2);
        public static readonly PropertyKey StorageCapacity = new PropertyKey(Storage, 4);
        public static readonly PropertyKey StorageFreeBytes = new PropertyKey(Storage, 5);
        public static readonly PropertyKey StorageDescription = new PropertyKey(Storage, 7);
        public static readonly PropertyKey StorageAccess = new PropertyKey(Storage, 11);
        public static readonly PropertyKey FileSystemType = new PropertyKey(Storage, 3);
        public static readonly PropertyKey Firmware = new PropertyKey(Device, 3);
        public static readonly PropertyKey PowerLevel = new PropertyKey(Device, 4);
        public static readonly PropertyKey Manufacturer = new PropertyKey(Device, 7);
        public static readonly PropertyKey Model = new PropertyKey(Device, 8);
        public static readonly PropertyKey Serial = new PropertyKey(Device, 9);
        public static readonly PropertyKey ClientName = new PropertyKey(Client, 2);
        public static readonly PropertyKey ClientMajor = new PropertyKey(Client, 3);
        public static readonly PropertyKey ClientMinor = new PropertyKey(Client, 4);
        public static readonly PropertyKey ClientRevision = new PropertyKey(Client, 5);
        public static readonly PropertyKey EventPnpId = new PropertyKey(EventParameter, 2);
        public static readonly PropertyKey EventId = new PropertyKey(EventParameter, 3);
        public static readonly PropertyKey ResourceDefault = new PropertyKey("E81E79BE-34F0-41BF-B53F-F1A06AE87842", 0);

        public static readonly Guid CategoryStorage = new Guid("23F05BBC-15DE-4C2A-A55B-A9AF5CE412EF");
        public static readonly Guid TypeFolder = new Guid("27E2E392-A111-48E0-AB0C-E17705A05F85");
        public static readonly Guid TypeFunctionalObject = new Guid("99ED0160-17FF-4C44-9D98-1D7A6F941921");
        public static readonly Guid TypeGenericFile = new Guid("0085E0A6-8D34-45D7-BC5C-447E59C73D48");
        public static readonly Guid FormatUnspecified = new Guid("30000000-AE6C-4804-98BA-C57B46965FE7");
        public static readonly Guid EventObjectAdded = new Guid("A726DA95-E207-4B02-8D44-BEF2E86CBFFC");
        public static readonly Guid EventObjectRemoved = new Guid("BE82AB88-A52C-4823-96E5-D0272671FC38");
        public static readonly Guid EventDeviceRemoved = new Guid("E4CBCA1B-6918-48B9-85EE-02BE7C850AF9");
    }

    [ComImport, Guid("a1567595-4c2f-4574-a6fa-ecef917b9a40"), InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
    internal interface IPortableDeviceManager
    {
        void GetDevices(IntPtr ids, ref uint count);
        void RefreshDeviceList();
        void GetDeviceFriendlyName([MarshalAs(UnmanagedType.LPWStr)] string id, IntPtr buffer, ref uint length);
        void GetDeviceDescription([MarshalAs(UnmanagedType.LPWStr)] string id, IntPtr buffer, ref uint length);
        void GetDeviceManufacturer([MarshalAs(UnmanagedType.LPWStr)] string id, IntPtr buffer, ref uint length);
        void GetDeviceProperty(IntPtr id, IntPtr name, IntPtr data, IntPtr size, IntPtr type);
        void GetPrivateDevices(IntPtr ids, ref uint count);
    }

    [ComImport, Guid("625e2df8-6392-4cf0-9ad1-3cfa5f17775c"), InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
    internal interface IPortableDevice
    {
        void Open([MarshalAs(UnmanagedType.LPWStr)] string id, IPortableDeviceValues clientInfo);
        void SendCommand(uint flags, IntPtr parameters, IntPtr results);
        void Content(out IPortableDeviceContent content);
        void Capabilities(out IntPtr capabilities);
        void Cancel();
        void Close();
        void Advise(uint flags, IPortableDeviceEventCallback callback, IPortableDeviceValues parameters,
            [MarshalAs(UnmanagedType.LPWStr)] out string cookie);
        void Unadvise([MarshalAs(UnmanagedType.LPWStr)] string cookie);
        void GetPnPDeviceID([MarshalAs(UnmanagedType.LPWStr)] out string id);
    }

    [ComImport, Guid("6a96ed84-7c73-4480-9938-bf5af477d426"), InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
    internal interface IPortableDeviceContent
    {
        void EnumObjects(uint flags, [MarshalAs(UnmanagedType.LPWStr)] string parentId, IPortableDeviceValues filter,
            out IEnumPortableDeviceObjectIDs objects);
        void Properties(out IPortableDeviceProperties properties);
        void Transfer(out IPortableDeviceResources resources);
        void CreateObjectWithPropertiesOnly(IPortableDeviceValues values, IntPtr objectId);
        void CreateObjectWithPropertiesAndData(IPortableDeviceValues values, out IStream data, ref uint optimalBufferSize,
            IntPtr cookie);
        void Delete(uint options, IPortableDevicePropVariantCollection objectIds, IntPtr results);
        void GetObjectIDsFromPersistentUniqueIDs(IntPtr uniqueIds, IntPtr objectIds);
        void Cancel();
        void Move(IntPtr objectIds, IntPtr destination, IntPtr results);
        void Copy(IntPtr objectIds, IntPtr destination, IntPtr results);
    }

    [ComImport, Guid("10ece955-cf41-4728-bfa0-41eedf1bbf19"), InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
    internal interface IEnumPortableDeviceObjectIDs
    {
        [PreserveSig]
        int Next(uint wanted, [Out, MarshalAs(UnmanagedType.LPArray, SizeParamIndex = 0)] IntPtr[] ids, out uint fetched);
        void Skip(uint count);
        void Reset();
        void Clone(out IntPtr copy);
        void Cancel();
    }

    [ComImport, Guid("7f6d695c-03df-4439-a809-59266beee3a6"), InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
    internal interface IPortableDeviceProperties
    {
        void GetSupportedProperties([MarshalAs(UnmanagedType.LPWStr)] string objectId, out IntPtr keys);
        void GetPropertyAttributes([MarshalAs(UnmanagedType.LPWStr)] string objectId, ref PropertyKey key,
            out IntPtr attributes);
        void GetValues([MarshalAs(UnmanagedType.LPWStr)] string objectId, IPortableDeviceKeyCollection keys,
            out IPortableDeviceValues values);
        void SetValues([MarshalAs(UnmanagedType.LPWStr)] string objectId, IntPtr values, IntPtr results);
        void Delete([MarshalAs(UnmanagedType.LPWStr)] string objectId, IntPtr keys);
        void Cancel();
    }

    [ComImport, Guid("fd8878ac-d841-4d17-891c-e6829cdb6934"), InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
    internal interface IPortableDeviceResources
    {
        void GetSupportedResources([MarshalAs(UnmanagedType.LPWStr)] string objectId, out IntPtr keys);
        void GetResourceAttributes([MarshalAs(UnmanagedType.LPWStr)] string objectId, ref PropertyKey key,
            out IntPtr attributes);
        void GetStream([MarshalAs(UnmanagedType.LPWStr)] string objectId, ref PropertyKey key, uint mode,
            ref uint optimalBufferSize, out IStream stream);
        void Delete([MarshalAs(UnmanagedType.LPWStr)] string objectId, IntPtr keys);
        void Cancel();
        void CreateResource(IntPtr attributes, out IntPtr data, ref uint optimalBufferSize, IntPtr cookie);
    }

    [ComImport, Guid("a8792a31-f385-493c-a893-40f64eb45f6e"), InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
    internal interface IPortableDeviceEventCallback
    {
        [PreserveSig]
        int OnEvent(IPortableDeviceValues parameters);
    }

    [ComImport, Guid("6848f6f2-3155-4f86-b6f5-263eeeab3143"), InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
    internal interface IPortableDeviceValues
    {
        void GetCount(ref uint count);
        void GetAt(uint index, IntPtr key, IntPtr value);
        void SetValue(ref PropertyKey key, IntPtr value);
        void GetValue(ref PropertyKey key, out PropVariant value);
        void SetStringValue(ref PropertyKey key, [MarshalAs(UnmanagedType.LPWStr)] string value);
        void GetStringValue(ref PropertyKey key, [MarshalAs(UnmanagedType.LPWStr)] out string value);
        void SetUnsignedIntegerValue(ref PropertyKey key, uint value);
        void GetUnsignedIntegerValue(ref PropertyKey key, out uint value);
        void SetSignedIntegerValue(ref PropertyKey key, int value);
        void GetSignedIntegerValue(ref PropertyKey key, out int value);
        void SetUnsignedLargeIntegerValue(ref PropertyKey key, ulong value);
        void GetUnsignedLargeIntegerValue(ref PropertyKey key, out ulong value);
        void SetSignedLargeIntegerValue(ref PropertyKey key, long value);
        void GetSignedLargeIntegerValue(ref PropertyKey key, out long value);
        void SetFloatValue(ref PropertyKey key, float value);
        void GetFloatValue(ref PropertyKey key, out float value);
        void SetErrorValue(ref PropertyKey key, int value);
        void GetErrorValue(ref PropertyKey key, out int value);
        void SetKeyValue(ref PropertyKey key, ref PropertyKey value);
        void GetKeyValue(ref PropertyKey key, out PropertyKey value);
        void SetBoolValue(ref PropertyKey key, int value);
        void GetBoolValue(ref PropertyKey key, out int value);
        void SetIUnknownValue(ref PropertyKey key, IntPtr value);
        void GetIUnknownValue(ref PropertyKey key, out IntPtr value);
        void SetGuidValue(ref PropertyKey key, ref Guid value);
        void GetGuidValue(ref PropertyKey key, out Guid value);
        void SetBufferValue(ref PropertyKey key, IntPtr value, uint length);
        void GetBufferValue(ref PropertyKey key, out IntPtr value, out uint length);
        void SetIPortableDeviceValuesValue(ref PropertyKey key, IntPtr value);
        void GetIPortableDeviceValuesValue(ref PropertyKey key, out IntPtr value);
        void SetIPortableDevicePropVariantCollectionValue(ref PropertyKey key, IntPtr value);
        void GetIPortableDevicePropVariantCollectionValue(ref PropertyKey key, out IntPtr value);
        void SetIPortableDeviceKeyCollectionValue(ref PropertyKey key, IntPtr value);
        void GetIPortableDeviceKeyCollectionValue(ref PropertyKey key, out IntPtr value);
        void SetIPortableDeviceValuesCollectionValue(ref PropertyKey key, IntPtr value);
        void GetIPortableDeviceValuesCollectionValue(ref PropertyKey key, out IntPtr value);
        void RemoveValue(ref PropertyKey key);
        void CopyValuesFromPropertyStore(IntPtr store);
        void CopyValuesToPropertyStore(IntPtr store);
        void Clear();
    }

    [ComImport, Guid("dada2357-e0ad-492e-98db-dd61c53ba353"), InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
    internal interface IPortableDeviceKeyCollection
    {
        void GetCount(ref uint count);
        void GetAt(uint index, ref PropertyKey key);
        void Add(ref PropertyKey key);
        void Clear();
        void RemoveAt(uint index);
    }

    [ComImport, Guid("89b2e422-4f1b-4316-bcef-a44afea83eb3"), InterfaceType(ComInterfaceType.InterfaceIsIUnknown)]
    internal interface IPortableDevicePropVariantCollection
    {
        void GetCount(ref uint count);
        void GetAt(uint index, IntPtr value);
        void Add(ref PropVariant value);
        void GetType(out ushort vt);
        void ChangeType(ushort vt);
        void Clear();
        void RemoveAt(uint index);
    }

    [ComImport, Guid("0af10cec-2ecd-4b92-9581-34f6ae0637f3")]
    internal class PortableDeviceManagerClass { }

    /// <summary>The free-threaded device object: replies, transfers and events run on different threads.</summary>
    [ComImport, Guid("f7c0039a-4762-488a-b4b3-760ef9a1ba9b")]
    internal class PortableDeviceFtmClass { }

    [ComImport, Guid("0c15d503-d017-47ce-9016-7b3f978721cc")]
    internal class PortableDeviceValuesClass { }

    [ComImport, Guid("de2d022d-2480-43be-97f0-d1fa2cf98f4f")]
    internal class PortableDeviceKeyCollectionClass { }

    [ComImport, Guid("08a99e2f-6d6d-4b80-af5a-baf2bcbe4cb9")]
    internal class PortableDevicePropVariantCollectionClass { }

    [StructLayout(LayoutKind.Sequential)]
    internal struct DevPropKey
    {
        public Guid Fmtid;
        public uint Pid;

        public DevPropKey(string fmtid, uint pid)
        {
            Fmtid = new Guid(fmtid);
            Pid = pid;
        }
    }

    /// <summary>The configuration manager: which USB device a WPD device interface belongs to, and where it is plugged.</summary>
    internal static class PnP
    {
        private static readonly DevPropKey InstanceId = new DevPropKey("78c34fc8-104a-4aca-9ea4-524d52996e57", 256);
        private static readonly DevPropKey LocationPaths = new DevPropKey("a45c254e-df1c-4efd-8020-67d146a850e0", 37);

        [DllImport("cfgmgr32.dll", CharSet = CharSet.Unicode)]
        private static extern int CM_Get_Device_Interface_PropertyW(string deviceInterface, ref DevPropKey key,
            out uint type, byte[] buffer, ref uint size, uint flags);

        [DllImport("cfgmgr32.dll", CharSet = CharSet.Unicode)]
        private static extern int CM_Locate_DevNodeW(out uint devInst, string deviceId, uint flags);

        [DllImport("cfgmgr32.dll")]
        private static extern int CM_Get_Parent(out uint parent, uint devInst, uint flags);

        [DllImport("cfgmgr32.dll", CharSet = CharSet.Unicode)]
        private static extern int CM_Get_Device_IDW(uint devInst, StringBuilder buffer, int length, uint flags);

        [DllImport("cfgmgr32.dll", CharSet = CharSet.Unicode)]
        private static extern int CM_Get_DevNode_PropertyW(uint devInst, ref DevPropKey key, out uint type,
            byte[] buffer, ref uint size, uint flags);

        /// <summary>
        /// The USB device behind a WPD device interface: the interface's own devnode, or its parent when the
        /// interface is one function (MI_xx) of a composite device, as a HoloLens is.
        /// </summary>
        public static string UsbInstanceId(string wpdId, out string[] locationPaths)
        {
            locationPaths = new string[0];
            var key = InstanceId;
            uint type, size = 0;
            CM_Get_Device_Interface_PropertyW(wpdId, ref key, out type, null, ref size, 0);
            if (size == 0) return null;
            var buffer = new byte[size];
            if (CM_Get_Device_Interface_PropertyW(wpdId, ref key, out type, buffer, ref size, 0) != 0) return null;
            string instance = Encoding.Unicode.GetString(buffer).TrimEnd('\0');
            uint node;
            if (CM_Locate_DevNodeW(out node, instance, 0) != 0) return instance;
            if (instance.IndexOf("&MI_", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                uint parent;
                if (CM_Get_Parent(out parent, node, 0) != 0) return instance;
                var id = new StringBuilder(400);
                if (CM_Get_Device_IDW(parent, id, id.Capacity, 0) != 0) return instance;
                node = parent;
                instance = id.ToString();
            }
            locationPaths = StringList(node, LocationPaths);
            return instance;
        }

        private static string[] StringList(uint node, DevPropKey key)
        {
            uint type, size = 0;
            CM_Get_DevNode_PropertyW(node, ref key, out type, null, ref size, 0);
            if (size == 0) return new string[0];
            var buffer = new byte[size];
            if (CM_Get_DevNode_PropertyW(node, ref key, out type, buffer, ref size, 0) != 0) return new string[0];
            return Encoding.Unicode.GetString(buffer).Split(new[] { '\0' }, StringSplitOptions.RemoveEmptyEntries);
        }
    }
}
